package org.gridgov.geo.internal;

import java.util.Optional;
import org.gridgov.core.CodeLayout;
import org.gridgov.geo.CodeForm;
import org.gridgov.geo.CoordinateSystem;

/**
 * What {@code GeoJsonReader} hands the parser: its settings as plain data, so that the parser
 * never sees the reader.
 *
 * @param codeProperty the property holding the code
 * @param nameProperty the property holding the name
 * @param levelProperty the property holding the level
 * @param layerProperty the property holding the layer id
 * @param parentProperty the property holding the parent's code; empty: parents are not read
 * @param kindProperty the property holding the kind id
 * @param coordinateSystem the file's coordinate system, unless the file names its own
 * @param codeForm how codes are written
 * @param codeLayout the layout that gives levels and code lengths, if any
 * @param lenient collect every problem instead of throwing at the first
 * @param refuseUndivided refuse a division without subdivisions among deeper features, instead
 *     of loading it at the deepest level (codes in administrative-division form)
 */
public record ReadSettings(String codeProperty, String nameProperty, String levelProperty, String layerProperty,
    String parentProperty, String kindProperty, CoordinateSystem coordinateSystem, CodeForm codeForm,
    Optional<CodeLayout> codeLayout, boolean lenient, boolean refuseUndivided) {}
