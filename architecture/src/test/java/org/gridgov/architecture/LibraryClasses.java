package org.gridgov.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;

/** The classes of the library modules, imported once, and which module each belongs to. */
final class LibraryClasses {
  /** The library modules by root package; {@code examples} and {@code benchmarks} are not libraries. */
  static final List<String> MODULE_PACKAGES = List.of(
      "org.gridgov.core", "org.gridgov.geo", "org.gridgov.workflow", "org.gridgov.scoring", "org.gridgov.store",
      "org.gridgov.services");

  private static JavaClasses classes;

  private LibraryClasses() {}

  static synchronized JavaClasses all() {
    if (classes == null) {
      classes = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/org/gridgov/architecture/"))
          .importPackages(MODULE_PACKAGES.toArray(String[]::new));
    }
    return classes;
  }

  /** The root package of the module {@code c} belongs to, if it is a library class. */
  static Optional<String> moduleOf(JavaClass c) {
    String pkg = c.getPackageName();
    for (String m : MODULE_PACKAGES) {
      if (pkg.equals(m) || pkg.startsWith(m + ".")) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The outermost class enclosing {@code c}, or {@code c}. */
  static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  /** True when {@code c} is reachable by users: public, and every class around it public. */
  static boolean isPublicApi(JavaClass c) {
    if (c.getPackageName().contains(".internal")) {
      return false;
    }
    for (JavaClass t = c; ; t = t.getEnclosingClass().get()) {
      if (!t.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        return false;
      }
      if (t.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }
}
