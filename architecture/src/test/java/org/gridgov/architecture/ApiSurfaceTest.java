package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a user can see (公开接口): no public signature names an internal type or an
 * Immutables-generated {@code Immutable*} class, and no two public types of different modules
 * share a simple name.
 */
class ApiSurfaceTest {
  private final JavaClasses classes = LibraryClasses.all();

  @Test
  void noPublicSignatureNamesAnInternalOrGeneratedType() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : classes) {
      if (!LibraryClasses.isPublicApi(c)) {
        continue;
      }
      // a package-private supertype (a generated builder, a With* interface) is invisible to users
      c.getRawSuperclass().filter(ApiSurfaceTest::isPublic).ifPresent(s -> check(c.getName() + " extends", s, leaks));
      for (JavaType i : c.getInterfaces()) {
        i.getAllInvolvedRawTypes().stream().filter(ApiSurfaceTest::isPublic)
            .forEach(t -> check(c.getName() + " implements", t, leaks));
      }
      for (JavaField f : c.getFields()) {
        if (visible(f)) {
          f.getType().getAllInvolvedRawTypes().forEach(t -> check(f.getFullName(), t, leaks));
        }
      }
      for (JavaCodeUnit u : c.getCodeUnits()) {
        if (!visible(u) || u.getName().equals("<clinit>")) {
          continue;
        }
        u.getReturnType().getAllInvolvedRawTypes().forEach(t -> check(u.getFullName() + " returns", t, leaks));
        for (JavaType p : u.getParameterTypes()) {
          p.getAllInvolvedRawTypes().forEach(t -> check(u.getFullName() + " takes", t, leaks));
        }
        u.getThrowsClause().getTypes().forEach(t -> check(u.getFullName() + " throws", t, leaks));
      }
    }
    assertThat(leaks).as("public signatures naming internal or generated types").isEmpty();
  }

  @Test
  void noTwoModulesHavePublicTypesOfTheSameSimpleName() {
    Map<String, Set<String>> byName = new TreeMap<>();
    for (JavaClass c : classes) {
      if (c.getEnclosingClass().isEmpty() && LibraryClasses.isPublicApi(c)) {
        byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(LibraryClasses.moduleOf(c).orElseThrow());
      }
    }
    byName.values().removeIf(modules -> modules.size() < 2);
    assertThat(byName).as("simple names used by public types of several modules").isEmpty();
  }

  private static boolean isPublic(JavaClass c) {
    return c.getModifiers().contains(JavaModifier.PUBLIC);
  }

  private static boolean visible(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    boolean subclassable = !m.getOwner().getModifiers().contains(JavaModifier.FINAL);
    return mods.contains(JavaModifier.PUBLIC) || (subclassable && mods.contains(JavaModifier.PROTECTED));
  }

  private static void check(String where, JavaClass type, List<String> leaks) {
    if (LibraryClasses.moduleOf(type).isEmpty()) {
      return;
    }
    if (type.getPackageName().contains(".internal") || type.getSimpleName().startsWith("Immutable")) {
      leaks.add(where + " " + type.getName());
    }
  }
}
