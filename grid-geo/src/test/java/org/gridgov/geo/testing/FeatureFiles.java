package org.gridgov.geo.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gridgov.core.GridGovJson;

/**
 * GeoJSON files made from the real data files of {@link RealData} by choosing and editing
 * features, as other open boundary files have them (a county file with the cities that have no
 * counties, districts whose parent is the province, level words): read and written feature by
 * feature, gzip-compressed.
 */
public final class FeatureFiles {
  /** The Vonng county file (862 counties of 11 provinces). */
  public static final String COUNTIES = "vonng_adcode_amap2018_county.geojson.gz";
  /** The Vonng prefecture file (106 cities). */
  public static final String CITIES = "vonng_adcode_amap2018_city.geojson.gz";
  /** The Vonng province file (11 provinces). */
  public static final String PROVINCES = "vonng_adcode_amap2018_province.geojson.gz";

  private FeatureFiles() {}

  /**
   * The features of one data file that {@code keep} accepts, each changed by {@code edit}.
   *
   * @param file a file of {@link RealData}'s folder
   * @param keep which features to take
   * @param edit what to change in a taken feature (its {@code properties}, say)
   */
  public record Part(String file, Predicate<ObjectNode> keep, Consumer<ObjectNode> edit) {
    /** Every feature of {@code file}, unchanged. */
    public static Part all(String file) {
      return new Part(file, f -> true, f -> { });
    }

    /** The features of {@code file} that {@code keep} accepts, unchanged. */
    public static Part only(String file, Predicate<ObjectNode> keep) {
      return new Part(file, keep, f -> { });
    }
  }

  /** A gzip-compressed FeatureCollection of the parts' features, in order. */
  public static byte[] collection(Part... parts) {
    ObjectMapper mapper = GridGovJson.mapper();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16);
        JsonGenerator out = mapper.getFactory().createGenerator(gz)) {
      out.writeStartObject();
      out.writeStringField("type", "FeatureCollection");
      out.writeArrayFieldStart("features");
      for (Part part : parts) {
        copy(mapper, part, out);
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void copy(ObjectMapper mapper, Part part, JsonGenerator out) throws IOException {
    ObjectReader features = mapper.readerFor(ObjectNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (InputStream raw = RealData.resource(part.file());
        JsonParser in = mapper.getFactory().createParser(new GZIPInputStream(raw, 1 << 16))) {
      JsonToken t;
      while ((t = in.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && in.currentName().equals("features") && in.getParsingContext().getParent()
            .inRoot()) {
          in.nextToken();
          while (in.nextToken() == JsonToken.START_OBJECT) {
            ObjectNode feature = features.readValue(in);
            if (part.keep().test(feature)) {
              part.edit().accept(feature);
              mapper.writeTree(out, feature);
            }
          }
          return;
        }
      }
    }
  }

  /** The {@code properties} object of a feature. */
  public static ObjectNode properties(ObjectNode feature) {
    return (ObjectNode) feature.get("properties");
  }

  /** The {@code adcode} property of a feature of the Vonng files. */
  public static String adcode(ObjectNode feature) {
    return properties(feature).get("adcode").asText();
  }
}
