package org.gridgov.core;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place's grid fusion (双格融合方案): the {@link LayerMapping} between two fused layers (the
 * comprehensive and the police grid, "双格双员、融合联动") and the joints it runs (十联 at 荷城社区,
 * article 004; 八联 at the ecological new town, article 000), each a {@link JointTask} with its lead
 * and assisting departments and the matter types handled jointly. Data: a file {@code fusion.json}
 * beside the place's scheme, read with {@link #fromJson(String, GridTree, MatterCatalogue)}, or
 * {@link #builder}. Everything is checked when built: the layers against the scheme, the linked
 * grids against the tree, the departments and matter types against the catalogue; a fault is an
 * {@link InvalidInputException} (or {@link NotFoundException} for an unknown grid) naming the field.
 * Immutable.
 */
public final class GridFusion {
  private final String id;
  private final String name;
  private final Optional<String> description;
  private final LayerMapping mapping;
  private final List<JointTask> tasks;
  private final Map<Joint, JointTask> byJoint;
  private final Map<String, JointTask> byMatterType;

  private GridFusion(Builder b, List<JointTask> tasks, Map<Joint, JointTask> byJoint, Map<String, JointTask> byMatterType) {
    this.id = b.id;
    this.name = b.name;
    this.description = b.description;
    this.mapping = b.mapping;
    this.tasks = tasks;
    this.byJoint = byJoint;
    this.byMatterType = byMatterType;
  }

  /**
   * Starts a fusion over {@code mapping}; departments and matter types are checked against
   * {@code catalogue}.
   *
   * @throws MissingValueException when an argument is null
   */
  public static Builder builder(String id, String name, LayerMapping mapping, MatterCatalogue catalogue) {
    return new Builder(id, name, mapping, catalogue, "");
  }

  /**
   * Reads a fusion file: {@code id}, {@code name}, optional {@code description}, {@code fromLayer}
   * and {@code toLayer}, {@code joints} (each {@code joint}, {@code lead}, {@code assisting},
   * {@code matterTypes}) and {@code links} (each a grid of the to-layer and the grids of the
   * from-layer it covers: {@code {"to": "…901", "from": ["…001", "…002"]}}). Faults name the JSON path.
   *
   * @throws InvalidInputException for malformed JSON or a broken rule
   * @throws NotFoundException for a linked grid the tree does not have
   */
  public static GridFusion fromJson(String json, GridTree tree, MatterCatalogue catalogue) {
    return FusionFile.toFusion(GridGovJson.read(json, FusionFile.class, "grid fusion"), tree, catalogue);
  }

  /** Reads a fusion file from a UTF-8 stream (not closed); see {@link #fromJson(String, GridTree, MatterCatalogue)}. */
  public static GridFusion fromJson(InputStream json, GridTree tree, MatterCatalogue catalogue) {
    return FusionFile.toFusion(GridGovJson.read(json, FusionFile.class, "grid fusion"), tree, catalogue);
  }

  /** The fusion's id, for example {@code hecheng}. */
  public String id() {
    return id;
  }

  /** Its name, for example 四融十联. */
  public String name() {
    return name;
  }

  /** What it is, in words. */
  public Optional<String> description() {
    return description;
  }

  /** The mapping between the two fused layers. */
  public LayerMapping mapping() {
    return mapping;
  }

  /** The joints run, in the order declared. */
  public List<JointTask> tasks() {
    return tasks;
  }

  /** The joints run. */
  public Set<Joint> joints() {
    return Collections.unmodifiableSet(byJoint.keySet());
  }

  /** True when the place runs {@code joint}. */
  public boolean runs(Joint joint) {
    return byJoint.containsKey(joint);
  }

  /** How the place runs {@code joint}, if it does. */
  public Optional<JointTask> task(Joint joint) {
    return Optional.ofNullable(joint == null ? null : byJoint.get(joint));
  }

  /** The joint a matter type falls under, if any: its tickets are shared and handled jointly. */
  public Optional<JointTask> taskFor(String matterType) {
    return Optional.ofNullable(matterType == null ? null : byMatterType.get(matterType));
  }

  /**
   * The grids of the other fused layer that share {@code grid} (its counterparts, from either
   * side), in code order; empty for a grid of neither layer or without counterpart.
   */
  public List<GridCode> sharedGrids(GridCode grid) {
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    Set<GridCode> out = new TreeSet<>(mapping.counterparts(grid));
    out.addAll(mapping.inverse().counterparts(grid));
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "GridFusion[" + id + " " + name + ": " + mapping.fromLayer() + " <-> " + mapping.toLayer() + ", " + joints() + "]";
  }

  /** Collects the joints of a fusion; {@link #build()} checks them. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final LayerMapping mapping;
    private final MatterCatalogue catalogue;
    private final String at;
    private Optional<String> description = Optional.empty();
    private final List<JointTask> tasks = new ArrayList<>();

    Builder(String id, String name, LayerMapping mapping, MatterCatalogue catalogue, String at) {
      this.at = at;
      this.id = text(id, "id");
      this.name = text(name, "name");
      if (mapping == null) {
        throw new MissingValueException(at + "mapping");
      }
      if (catalogue == null) {
        throw new MissingValueException("catalogue");
      }
      if (mapping.fromLayer().equals(mapping.toLayer()) && mapping.fromTree() == mapping.toTree()) {
        throw new InvalidInputException(at + "toLayer", mapping.toLayer(), "a fusion joins two different layers");
      }
      this.mapping = mapping;
      this.catalogue = catalogue;
    }

    private String text(String value, String field) {
      if (value == null) {
        throw new MissingValueException(at + field);
      }
      if (value.isBlank()) {
        throw new InvalidInputException(at + field, value, "must not be blank");
      }
      return value;
    }

    /** What the fusion is, in words. */
    public Builder description(String description) {
      this.description = Optional.of(text(description, "description"));
      return this;
    }

    /** Declares a joint the place runs. */
    public Builder joint(Joint joint, String lead, List<String> assisting, List<String> matterTypes) {
      tasks.add(new JointTask(joint, lead, assisting, matterTypes));
      return this;
    }

    /** Declares a joint the place runs. */
    public Builder joint(JointTask task) {
      if (task == null) {
        throw new MissingValueException(at + "joints[" + tasks.size() + "]");
      }
      tasks.add(task);
      return this;
    }

    /**
     * Builds the fusion.
     *
     * @throws InvalidInputException when no joint is declared, a joint is declared twice, a
     *     department or matter type is not in the catalogue, a department assists twice or leads and
     *     assists, or a matter type falls under two joints
     */
    public GridFusion build() {
      if (tasks.isEmpty()) {
        throw new InvalidInputException(at + "joints", "[]", "a fusion runs at least one of the ten joints (十联)");
      }
      Set<String> departments = new HashSet<>();
      catalogue.departments().forEach(d -> departments.add(d.id()));
      Map<Joint, JointTask> byJoint = new EnumMap<>(Joint.class);
      Map<String, JointTask> byType = new LinkedHashMap<>();
      for (int i = 0; i < tasks.size(); i++) {
        JointTask t = tasks.get(i);
        String f = at + "joints[" + i + "]";
        if (byJoint.put(t.joint(), t) != null) {
          throw new InvalidInputException(f + ".joint", t.joint().name(), "each joint is declared once; this one appears twice");
        }
        department(departments, t.lead(), f + ".lead");
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < t.assisting().size(); k++) {
          String d = t.assisting().get(k);
          department(departments, d, f + ".assisting[" + k + "]");
          if (d.equals(t.lead()) || !seen.add(d)) {
            throw new InvalidInputException(f + ".assisting[" + k + "]", d,
                "a department assists once and never assists the joint it leads");
          }
        }
        for (int k = 0; k < t.matterTypes().size(); k++) {
          String m = t.matterTypes().get(k);
          if (catalogue.find(m).isEmpty()) {
            throw new InvalidInputException(f + ".matterTypes[" + k + "]", m, "must be the code of a matter type of the catalogue");
          }
          JointTask before = byType.put(m, t);
          if (before != null) {
            throw new InvalidInputException(f + ".matterTypes[" + k + "]", m,
                "a matter type falls under one joint; this one is already under " + before.joint());
          }
        }
      }
      return new GridFusion(this, List.copyOf(tasks), Collections.unmodifiableMap(byJoint), Collections.unmodifiableMap(byType));
    }

    private static void department(Set<String> known, String id, String field) {
      if (!known.contains(id)) {
        throw new InvalidInputException(field, id, "must be the id of one of the catalogue's departments " + new TreeSet<>(known));
      }
    }
  }
}
