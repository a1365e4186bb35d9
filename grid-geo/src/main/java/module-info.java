/**
 * GridGov geo (网格边界): GeoJSON in and out, the exact point-in-grid locator, coverage validation
 * and China's coordinate systems. The API is the package {@code org.gridgov.geo};
 * {@code org.gridgov.geo.internal} is implementation and is not exported.
 */
module org.gridgov.geo {
  requires transitive org.gridgov.core;
  requires transitive org.locationtech.jts;
  requires com.fasterxml.jackson.core;
  requires com.google.common; // the generated value types hold Guava collections
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;
  requires static java.compiler;

  exports org.gridgov.geo;

  opens org.gridgov.geo to com.fasterxml.jackson.databind, org.hibernate.validator;
}
