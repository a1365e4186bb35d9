package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built library modules on the module path (模块路径): each has a real {@code module-info}, exports
 * its API packages and never an {@code internal} one, resolves with its runtime dependencies alone,
 * and works there — the reflective paths (Jackson binding the value types, Hibernate Validator
 * checking them, resources read from the jars) run inside a module layer.
 */
class ModulePathTest {
  private static final List<String> LIBRARIES =
      List.of("org.gridgov.core", "org.gridgov.geo", "org.gridgov.workflow", "org.gridgov.scoring", "org.gridgov.store.jdbc",
          "org.gridgov.services");
  private static ModuleFinder finder;
  private static ModuleLayer layer;

  @BeforeAll
  static void resolveTheLibrariesOnTheModulePath() throws IOException {
    Path list = Path.of("target", "runtime-classpath.txt");
    Path[] entries = Arrays.stream(Files.readString(list).trim().split(java.io.File.pathSeparator))
        .map(Path::of).toArray(Path[]::new);
    finder = ModuleFinder.of(entries);
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), LIBRARIES);
    layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void everyLibraryIsANamedModuleThatExportsNoInternalPackage() {
    for (String name : LIBRARIES) {
      ModuleReference ref = finder.find(name).orElseThrow();
      ModuleDescriptor d = ref.descriptor();
      assertThat(d.isAutomatic()).as(name + " has a module-info").isFalse();
      Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      assertThat(exported).as(name + " exports").contains(name).noneMatch(p -> p.contains(".internal"));
      assertThat(d.packages()).as(name + " packages").allMatch(p -> p.startsWith(name));
    }
  }

  @Test
  void theSchemeReaderAndTheValidatorWorkInsideTheLayer() throws Throwable {
    Object scheme = call("org.gridgov.core", "org.gridgov.core.GridSchemes", "nationalDivisions");
    assertThat(scheme.toString()).contains("national");
    Class<?> role = load("org.gridgov.core", "org.gridgov.core.Role");
    Method of = role.getMethod("of", String.class, String.class);
    assertThatThrownBy(() -> invoke(of, "", "网格员"))
        .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo("org.gridgov.core.InvalidInputException"))
        .hasMessageContaining("id");
  }

  @Test
  void theShippedDefinitionsCalendarAndWeightsLoadInsideTheLayer() throws Throwable {
    List<?> definitions = (List<?>) call("org.gridgov.workflow", "org.gridgov.workflow.WorkflowDefinitions", "shipped");
    assertThat(definitions).hasSize(4);
    assertThat(call("org.gridgov.workflow", "org.gridgov.workflow.BusinessCalendar", "chinese")).isNotNull();
    assertThat(call("org.gridgov.scoring", "org.gridgov.scoring.CompositeWeights", "standard").toString()).isNotEmpty();
  }

  @Test
  void theResidentsServicesValidateInsideTheLayer() throws Throwable {
    Class<?> kind = load("org.gridgov.services", "org.gridgov.services.ListKind");
    assertThat(kind.getEnumConstants()).hasSize(3);
    java.lang.reflect.Constructor<?> time = load("org.gridgov.services", "org.gridgov.services.ServiceTime")
        .getConstructor(java.time.LocalDate.class, java.time.LocalTime.class, java.time.LocalTime.class);
    assertThatThrownBy(() -> {
      try {
        time.newInstance(java.time.LocalDate.of(2024, 4, 6), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(9, 0));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }).satisfies(e -> assertThat(e.getClass().getName()).isEqualTo("org.gridgov.core.InvalidInputException"))
        .hasMessageContaining("time.to");
  }

  @Test
  void theGeoJsonReaderWorksInsideTheLayer() throws Throwable {
    Object reader = call("org.gridgov.geo", "org.gridgov.geo.GeoJsonReader", "defaults");
    Object result = reader.getClass().getMethod("read", String.class).invoke(reader,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"11\",\"level\":1},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116,39],[117,39],[117,40],[116,40],[116,39]]]}}]}");
    Object boundaries = result.getClass().getMethod("boundaries").invoke(result);
    assertThat(boundaries.getClass().getMethod("size").invoke(boundaries)).isEqualTo(1);
  }

  private static Class<?> load(String module, String type) throws ClassNotFoundException {
    Class<?> c = layer.findLoader(module).loadClass(type);
    assertThat(c.getModule().getName()).isEqualTo(module);
    return c;
  }

  private static Object call(String module, String type, String method) throws Throwable {
    return invoke(load(module, type).getMethod(method));
  }

  private static Object invoke(Method m, Object... args) throws Throwable {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
