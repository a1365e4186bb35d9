package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A type of matter on the admission list (网格事项): which department owns it, whether it may
 * be pushed down to grid workers (准入), its class and its time-limit class.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatterType.class)
@JsonDeserialize(as = ImmutableMatterType.class)
public abstract class MatterType {
  /** The type's code, for example {@code city.illegal-parking}. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "must be lower-case letters, digits, '.' and '-'")
  public abstract String code();

  /** The type's name, for example 车辆乱停乱放. */
  @NotBlank
  public abstract String name();

  /** A category for reports, for example 城市管理. */
  public abstract Optional<String> category();

  /**
   * Whether the matter is admitted to grids (网格事项准入): only admitted matters may be pushed
   * down to grid workers ("权随责走、费随事转").
   */
  @Value.Default
  public boolean admitted() {
    return true;
  }

  /** The id of the department that owns and handles the matter. */
  @NotBlank
  public abstract String owningDepartment();

  /** How the matter is handled: on the spot, promised or escalated. */
  @Value.Default
  public MatterClass matterClass() {
    return MatterClass.ESCALATED;
  }

  /** The id of the time-limit class. */
  @NotBlank
  public abstract String timeLimitClass();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatterType}. */
  public static class Builder extends ImmutableMatterType.Builder {}
}
