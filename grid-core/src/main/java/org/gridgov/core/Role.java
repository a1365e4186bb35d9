package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/**
 * A role held by grid staff (网格力量角色). The built-in roles cover the articles' staffing
 * formulas; a scheme may declare more.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role {
  /** 网格长: the grid leader. */
  public static final Role GRID_LEADER = of("grid-leader", "网格长");
  /** 专职网格员: the full-time grid worker. */
  public static final Role GRID_WORKER = of("grid-worker", "专职网格员");
  /** 微网格联络员: the micro-grid liaison. */
  public static final Role MICRO_GRID_LIAISON = of("micro-grid-liaison", "微网格联络员");
  /** 微网格长: the micro-grid leader. */
  public static final Role MICRO_GRID_LEADER = of("micro-grid-leader", "微网格长");
  /** 网格党小组长 / 网格党支部书记: the grid's party organisation leader. */
  public static final Role PARTY_LEADER = of("party-leader", "网格党组织负责人");
  /** 社区民警: the community police officer. */
  public static final Role POLICE_OFFICER = of("police-officer", "社区民警");
  /** 辅警: the auxiliary police officer. */
  public static final Role AUXILIARY_POLICE = of("auxiliary-police", "辅警");
  /** 法官: a judge (one of 三官一律). */
  public static final Role JUDGE = of("judge", "法官");
  /** 检察官: a prosecutor (one of 三官一律). */
  public static final Role PROSECUTOR = of("prosecutor", "检察官");
  /** 律师: a lawyer (one of 三官一律). */
  public static final Role LAWYER = of("lawyer", "律师");
  /** 法律顾问: the village legal adviser. */
  public static final Role LEGAL_ADVISER = of("legal-adviser", "法律顾问");
  /** 监督员: the supervisor (一长四员). */
  public static final Role SUPERVISOR = of("supervisor", "监督员");
  /** 信息员: the information officer (一长四员). */
  public static final Role INFORMATION_OFFICER = of("information-officer", "信息员");
  /** 楼栋长 / 单元长: the building or unit head. */
  public static final Role BUILDING_HEAD = of("building-head", "楼栋长");
  /** 志愿者: a volunteer. */
  public static final Role VOLUNTEER = of("volunteer", "志愿者");

  private static final List<Role> BUILT_IN = List.of(GRID_LEADER, GRID_WORKER, MICRO_GRID_LIAISON,
      MICRO_GRID_LEADER, PARTY_LEADER, POLICE_OFFICER, AUXILIARY_POLICE, JUDGE, PROSECUTOR, LAWYER,
      LEGAL_ADVISER, SUPERVISOR, INFORMATION_OFFICER, BUILDING_HEAD, VOLUNTEER);

  /** The id staffing rules refer to, for example {@code grid-worker}. */
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The name people use, for example 专职网格员. */
  @Value.Parameter
  @NotBlank
  public abstract String name();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static Role of(String id, String name) {
    return ImmutableRole.of(id, name);
  }

  /** The roles every scheme knows without declaring them. */
  public static List<Role> builtIn() {
    return BUILT_IN;
  }
}
