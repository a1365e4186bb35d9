package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.internal.BeanValidation;
import org.immutables.value.Value;

/**
 * A place's grid scheme (网格划分方案): its levels with their names and code segments, the kinds
 * and layers of its grids and its staffing rules. Levels are data, not enums, so the
 * county→township→village chain of grid leaders, the district→street→community→basic grid
 * scheme, "two kinds, four levels" and the six-level party chain are all schemes.
 *
 * <p>Load one from JSON with {@link GridSchemes#fromJson}; a bad file gives an
 * {@link InvalidSchemeException} naming the JSON path. Levels are numbered from 1 at the root.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridScheme.class)
@JsonDeserialize(as = ImmutableGridScheme.class)
public abstract class GridScheme {
  /** A short id, for example {@code taibaihu}. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The scheme's name, for example 太白湖新区网格化服务管理体系. */
  @NotBlank
  public abstract String name();

  /** Where the scheme comes from and what it describes. */
  public abstract Optional<String> description();

  /** The levels, root first. */
  @NotEmpty
  public abstract List<@Valid GridLevel> levels();

  /** The layers grids may belong to; the first is the base layer unless {@link #baseLayer()} says. */
  @NotEmpty
  public abstract List<@Valid Layer> layers();

  /** The layer of the administrative levels, which may carry grids of every layer. */
  @Value.Default
  public String baseLayer() {
    return layers().isEmpty() ? "comprehensive" : layers().get(0).id();
  }

  /** The kinds of grid (urban, rural, …) levels may distinguish. */
  public abstract List<@Valid GridKind> kinds();

  /** Roles beyond {@link Role#builtIn()} that this place uses. */
  public abstract List<@Valid Role> roles();

  /** Staffing formulas by preset id ({@link StaffingRules#presetIds()}). */
  public abstract List<String> staffingPresets();

  /** Staffing formulas written out in full. */
  public abstract List<@Valid StaffingRule> staffingRules();

  /** Every staffing formula of the scheme: the presets, then the written-out rules. */
  @Value.Lazy
  @JsonIgnore
  public List<StaffingRule> staffing() {
    List<StaffingRule> all = new ArrayList<>();
    staffingPresets().forEach(id -> all.add(StaffingRules.preset(id).orElseThrow()));
    all.addAll(staffingRules());
    return List.copyOf(all);
  }

  /** The code layout: one segment per level. */
  @Value.Lazy
  @JsonIgnore
  public CodeLayout codeLayout() {
    List<CodeSegment> segments = new ArrayList<>();
    for (GridLevel level : levels()) {
      segments.add(new CodeSegment(level.id(), level.codeWidth(), level.segmentRule()));
    }
    return CodeLayout.of(segments);
  }

  /** The number of levels. */
  @JsonIgnore
  public int depth() {
    return levels().size();
  }

  /** Level {@code number}, 1 at the root. */
  public GridLevel level(int number) {
    if (number < 1 || number > levels().size()) {
      throw new InvalidInputException("level", Integer.toString(number),
          "scheme " + id() + " has levels 1 to " + levels().size());
    }
    return levels().get(number - 1);
  }

  /** The number (1 at the root) of the level with id {@code levelId}. */
  public int levelNumber(String levelId) {
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).id().equals(levelId)) {
        return i + 1;
      }
    }
    throw new InvalidInputException("level", String.valueOf(levelId),
        "scheme " + id() + " has no level with this id; it has " + levelIds());
  }

  /** The number of the basic-grid level: the level marked {@code basic}, else the deepest. */
  @Value.Lazy
  @JsonIgnore
  public int basicLevel() {
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).basic()) {
        return i + 1;
      }
    }
    return levels().size();
  }

  /** The layer with id {@code layerId}, if the scheme declares it. */
  public Optional<Layer> layer(String layerId) {
    return layers().stream().filter(l -> l.id().equals(layerId)).findFirst();
  }

  /** The role with id {@code roleId}, built-in or declared. */
  public Optional<Role> role(String roleId) {
    return allRoles().stream().filter(r -> r.id().equals(roleId)).findFirst();
  }

  /** The built-in roles and the scheme's own. */
  @Value.Lazy
  @JsonIgnore
  public List<Role> allRoles() {
    List<Role> all = new ArrayList<>(Role.builtIn());
    all.addAll(roles());
    return List.copyOf(all);
  }

  private List<String> levelIds() {
    List<String> ids = new ArrayList<>();
    levels().forEach(l -> ids.add(l.id()));
    return ids;
  }

  @Value.Check
  protected void check() {
    BeanValidation.firstViolation(this, InvalidSchemeException::new).ifPresent(e -> {
      throw e;
    });
    Set<String> levelIds = new HashSet<>();
    int basics = 0;
    Set<String> kindIds = new HashSet<>();
    kinds().forEach(k -> unique(kindIds, k.id(), "kinds"));
    for (int i = 0; i < levels().size(); i++) {
      GridLevel level = levels().get(i);
      unique(levelIds, level.id(), "levels[" + i + "].id");
      if (level.segmentRule() == SegmentRule.TOWNSHIP && level.codeWidth() < 3) {
        throw new InvalidSchemeException("levels[" + i + "].segmentRule", "TOWNSHIP",
            "a TOWNSHIP segment is at least 3 digits wide, this level adds " + level.codeWidth());
      }
      if (level.basic()) {
        basics++;
        if (basics > 1) {
          throw new InvalidSchemeException("levels[" + i + "].basic", "true",
              "only one level may hold the basic grids");
        }
      }
      for (int k = 0; k < level.kinds().size(); k++) {
        if (!kindIds.contains(level.kinds().get(k))) {
          throw new InvalidSchemeException("levels[" + i + "].kinds[" + k + "]", level.kinds().get(k),
              "must be one of the scheme's kinds " + kindIds);
        }
      }
    }
    int length = levels().stream().mapToInt(GridLevel::codeWidth).sum();
    if (length > GridCode.MAX_LENGTH) {
      throw new InvalidSchemeException("levels", Integer.toString(length),
          "the code widths add up to more than " + GridCode.MAX_LENGTH + " digits");
    }
    Set<String> layerIds = new HashSet<>();
    for (Layer layer : layers()) {
      unique(layerIds, layer.id(), "layers");
    }
    if (!layers().isEmpty() && !layerIds.contains(baseLayer())) {
      throw new InvalidSchemeException("baseLayer", baseLayer(), "must be one of the scheme's layers " + layerIds);
    }
    Set<String> roleIds = new HashSet<>();
    for (int i = 0; i < allRoles().size(); i++) {
      unique(roleIds, allRoles().get(i).id(), "roles");
    }
    for (int i = 0; i < staffingPresets().size(); i++) {
      if (StaffingRules.preset(staffingPresets().get(i)).isEmpty()) {
        throw new InvalidSchemeException("staffingPresets[" + i + "]", staffingPresets().get(i),
            "must be one of the presets " + StaffingRules.presetIds());
      }
    }
    for (int r = 0; r < staffingRules().size(); r++) {
      checkRule(staffingRules().get(r), "staffingRules[" + r + "]", levelIds, kindIds, roleIds, layerIds);
    }
  }

  private static void checkRule(StaffingRule rule, String path, Set<String> levelIds, Set<String> kindIds,
      Set<String> roleIds, Set<String> layerIds) {
    for (int q = 0; q < rule.requirements().size(); q++) {
      RoleRequirement requirement = rule.requirements().get(q);
      String at = path + ".requirements[" + q + "]";
      if (!roleIds.contains(requirement.role())) {
        throw new InvalidSchemeException(at + ".role", requirement.role(),
            "must be a built-in role or one declared in roles");
      }
      if (requirement.level().isPresent() && !levelIds.contains(requirement.level().get())) {
        throw new InvalidSchemeException(at + ".level", requirement.level().get(), "must be one of the levels " + levelIds);
      }
      if (requirement.layer().isPresent() && !layerIds.contains(requirement.layer().get())) {
        throw new InvalidSchemeException(at + ".layer", requirement.layer().get(), "must be one of the layers " + layerIds);
      }
      if (requirement.kind().isPresent() && !kindIds.contains(requirement.kind().get())) {
        throw new InvalidSchemeException(at + ".kind", requirement.kind().get(), "must be one of the kinds " + kindIds);
      }
    }
    Optional<String> partyLevel = rule.partyOrganisation().flatMap(PartyOrganisationRule::level);
    if (partyLevel.isPresent() && !levelIds.contains(partyLevel.get())) {
      throw new InvalidSchemeException(path + ".partyOrganisation.level", partyLevel.get(),
          "must be one of the levels " + levelIds);
    }
  }

  private static void unique(Set<String> seen, String id, String path) {
    if (!seen.add(id)) {
      throw new InvalidSchemeException(path, id, "ids must be unique; this one appears twice");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GridScheme}; the result is checked for consistency but not for annotations. */
  public static class Builder extends ImmutableGridScheme.Builder {}
}
