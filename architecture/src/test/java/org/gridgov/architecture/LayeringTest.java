package org.gridgov.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies between the library modules (模块分层): grid-core depends on no other
 * GridGov module; grid-geo and grid-workflow only on grid-core; grid-scoring on grid-core and
 * grid-workflow; grid-services on grid-core and grid-workflow; no library module on examples,
 * benchmarks or a store module; no module on another module's {@code internal} package; and no
 * circle of types across packages.
 */
class LayeringTest {
  private final JavaClasses classes = LibraryClasses.all();

  @Test
  void everyLibraryModuleIsImported() {
    for (String m : List.of("org.gridgov.core", "org.gridgov.geo", "org.gridgov.workflow", "org.gridgov.scoring",
        "org.gridgov.services")) {
      assertThat(classes.containPackage(m)).as(m).isTrue();
    }
  }

  @Test
  void gridCoreDependsOnNoOtherGridGovModule() {
    noClasses().that().resideInAPackage("org.gridgov.core..")
        .should().dependOnClassesThat(resideInAPackage("org.gridgov..").and(resideOutsideOfPackage("org.gridgov.core..")))
        .check(classes);
  }

  @Test
  void gridGeoAndGridWorkflowDependOnlyOnGridCore() {
    noClasses().that().resideInAPackage("org.gridgov.geo..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.workflow..", "org.gridgov.scoring..",
            "org.gridgov.store..", "org.gridgov.services..", "org.gridgov.examples..", "org.gridgov.benchmarks..")
        .check(classes);
    noClasses().that().resideInAPackage("org.gridgov.workflow..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.geo..", "org.gridgov.scoring..",
            "org.gridgov.store..", "org.gridgov.services..", "org.gridgov.examples..", "org.gridgov.benchmarks..")
        .check(classes);
  }

  @Test
  void gridScoringReadsTicketsButKnowsNoGeometryNoStoreAndNoExamples() {
    noClasses().that().resideInAPackage("org.gridgov.scoring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.geo..", "org.gridgov.store..",
            "org.gridgov.services..", "org.gridgov.examples..", "org.gridgov.benchmarks..")
        .check(classes);
  }

  @Test
  void gridServicesUsesTheTreeAndTheWorkflowButKnowsNoGeometryScoringOrStore() {
    // a need becomes a ticket (grid-workflow); distances are computed on the reported points, no geometry needed
    noClasses().that().resideInAPackage("org.gridgov.services..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.geo..", "org.gridgov.scoring..",
            "org.gridgov.store..", "org.gridgov.examples..", "org.gridgov.benchmarks..")
        .check(classes);
  }

  @Test
  void noLibraryModuleDependsOnExamplesOrBenchmarks() {
    noClasses().that().resideInAPackage("org.gridgov..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.examples..", "org.gridgov.benchmarks..")
        .check(classes);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternals() {
    for (String m : LibraryClasses.MODULE_PACKAGES) {
      noClasses().that().resideOutsideOfPackage(m + "..")
          .should().dependOnClassesThat().resideInAPackage(m + "..internal..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void noCircleOfTypesSpansTwoPackages() {
    List<Set<String>> circles = new ArrayList<>(new TypeCycles(classes).acrossPackages());
    assertThat(circles).as("circles of types across packages").isEmpty();
  }
}
