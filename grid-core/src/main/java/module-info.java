/**
 * GridGov core (网格化服务管理核心): schemes, codes, the grid tree, layers, elements and coverage,
 * personal data, staffing, matters and scopes. The API is the package {@code org.gridgov.core};
 * {@code org.gridgov.core.internal} is implementation and is not exported.
 */
module org.gridgov.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.csv;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.google.common; // the generated value types hold Guava collections
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;
  requires static java.compiler;

  exports org.gridgov.core;

  // Jackson binds and Hibernate Validator checks the value types (and their generated implementations) reflectively
  opens org.gridgov.core to com.fasterxml.jackson.databind, org.hibernate.validator;
}
