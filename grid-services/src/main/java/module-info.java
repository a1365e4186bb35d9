/**
 * GridGov services (居民服务): the three lists of residents' input (三项清单: resources, needs,
 * projects) and the volunteer supermarket with one-key matching (志愿服务超市、一键匹配). The API is
 * the package {@code org.gridgov.services}.
 */
module org.gridgov.services {
  requires transitive org.gridgov.core;
  requires transitive org.gridgov.workflow;
  requires com.google.common; // the generated value types hold Guava collections
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;
  requires static java.compiler;

  exports org.gridgov.services;
}
