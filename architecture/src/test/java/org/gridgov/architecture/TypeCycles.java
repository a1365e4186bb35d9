package org.gridgov.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The circles of types (类型环): strongly connected components of the dependency graph between
 * top-level classes (a nested class counts as its outermost class). A circle inside one package is
 * the package's own business; a circle that spans packages ties an API to its implementation.
 */
final class TypeCycles {
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();
  private final Map<String, String> packages = new HashMap<>();

  TypeCycles(Collection<JavaClass> classes) {
    for (JavaClass c : classes) {
      JavaClass from = LibraryClasses.topLevel(c);
      packages.put(from.getName(), from.getPackageName());
      Set<String> out = edges.computeIfAbsent(from.getName(), k -> new LinkedHashSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass to = LibraryClasses.topLevel(d.getTargetClass());
        if (LibraryClasses.moduleOf(to).isPresent() && !to.getName().equals(from.getName())) {
          out.add(to.getName());
          packages.put(to.getName(), to.getPackageName());
        }
      }
    }
  }

  /** Every circle of two or more types whose types lie in more than one package, as sorted names. */
  List<Set<String>> acrossPackages() {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> component : components()) {
      Set<String> pkgs = new TreeSet<>();
      component.forEach(t -> pkgs.add(packages.get(t)));
      if (component.size() > 1 && pkgs.size() > 1) {
        out.add(new TreeSet<>(component));
      }
    }
    return out;
  }

  /** Tarjan's strongly connected components, iteratively (no deep recursion). */
  private List<Set<String>> components() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new java.util.HashSet<>();
    List<Set<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>();
      work.push(new Object[] {root, successors(root).iterator()});
      index.put(root, counter[0]);
      low.put(root, counter[0]++);
      stack.push(root);
      onStack.add(root);
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String v = (String) frame[0];
        @SuppressWarnings("unchecked")
        java.util.Iterator<String> it = (java.util.Iterator<String>) frame[1];
        if (it.hasNext()) {
          String w = it.next();
          if (!index.containsKey(w)) {
            index.put(w, counter[0]);
            low.put(w, counter[0]++);
            stack.push(w);
            onStack.add(w);
            work.push(new Object[] {w, successors(w).iterator()});
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
        } else {
          work.pop();
          if (!work.isEmpty()) {
            String parent = (String) work.peek()[0];
            low.put(parent, Math.min(low.get(parent), low.get(v)));
          }
          if (low.get(v).equals(index.get(v))) {
            Set<String> component = new LinkedHashSet<>();
            String w;
            do {
              w = stack.pop();
              onStack.remove(w);
              component.add(w);
            } while (!w.equals(v));
            result.add(component);
          }
        }
      }
    }
    return result;
  }

  private Set<String> successors(String v) {
    return edges.getOrDefault(v, Set.of());
  }
}
