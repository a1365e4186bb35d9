package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.core.internal.BeanValidation;
import org.immutables.value.Value;

/**
 * The matter admission list (网格事项准入清单 / 权责清单): the departments, the time-limit classes
 * and the matter types with their owner, admission, class and limit. Every reference is checked
 * when the catalogue is built: a matter naming an unknown department or time-limit class is an
 * {@link InvalidInputException} naming the field.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatterCatalogue.class)
@JsonDeserialize(as = ImmutableMatterCatalogue.class)
public abstract class MatterCatalogue {
  /** The departments. */
  public abstract List<@Valid Department> departments();

  /** The time-limit classes. */
  public abstract List<@Valid TimeLimitClass> timeLimitClasses();

  /** The matter types. */
  public abstract List<@Valid MatterType> matterTypes();

  @Value.Lazy
  @JsonIgnore
  Map<String, MatterType> byCode() {
    return matterTypes().stream().collect(Collectors.toUnmodifiableMap(MatterType::code, m -> m));
  }

  /** The matter type with this code, if any. */
  public Optional<MatterType> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode().get(code));
  }

  /**
   * The matter type with this code.
   *
   * @throws NotFoundException naming the code when the catalogue has no such type
   */
  public MatterType get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("matterType", String.valueOf(code),
        "the matter catalogue has no matter type with this code"));
  }

  /** The department with this id. */
  public Department department(String id) {
    return departments().stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("department", String.valueOf(id), "the matter catalogue has no such department"));
  }

  /**
   * The time limit of a matter type of this catalogue.
   *
   * @throws MissingValueException for null
   * @throws NotFoundException for a type that is not one of this catalogue's
   */
  public TimeLimit timeLimit(MatterType type) {
    if (type == null) {
      throw new MissingValueException("type");
    }
    if (!type.equals(byCode().get(type.code()))) {
      throw new NotFoundException("matterType", type.code(), "is not one of the matter types of this catalogue");
    }
    return timeLimitClasses().stream().filter(t -> t.id().equals(type.timeLimitClass())).findFirst()
        .orElseThrow(() -> new NotFoundException("matterType.timeLimitClass", type.timeLimitClass(),
            "the matter catalogue has no such time-limit class"))
        .limit();
  }

  /** The matter types that may be pushed down to grid workers. */
  public List<MatterType> admitted() {
    return matterTypes().stream().filter(MatterType::admitted).collect(Collectors.toUnmodifiableList());
  }

  /** The matter types a department owns. */
  public List<MatterType> ownedBy(String departmentId) {
    return matterTypes().stream().filter(m -> m.owningDepartment().equals(departmentId))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  protected void check() {
    BeanValidation.firstViolation(this, InvalidInputException::new).ifPresent(e -> {
      throw e;
    });
    Map<String, Integer> departments = indexOf(departments().stream().map(Department::id).collect(Collectors.toList()), "departments");
    Map<String, Integer> limits = indexOf(timeLimitClasses().stream().map(TimeLimitClass::id).collect(Collectors.toList()), "timeLimitClasses");
    indexOf(matterTypes().stream().map(MatterType::code).collect(Collectors.toList()), "matterTypes");
    for (int i = 0; i < matterTypes().size(); i++) {
      MatterType m = matterTypes().get(i);
      if (!departments.containsKey(m.owningDepartment())) {
        throw new InvalidInputException("matterTypes[" + i + "].owningDepartment", m.owningDepartment(),
            "must be the id of one of the catalogue's departments " + departments.keySet());
      }
      if (!limits.containsKey(m.timeLimitClass())) {
        throw new InvalidInputException("matterTypes[" + i + "].timeLimitClass", m.timeLimitClass(),
            "must be the id of one of the catalogue's time-limit classes " + limits.keySet());
      }
    }
  }

  private static Map<String, Integer> indexOf(List<String> ids, String field) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (seen.put(ids.get(i), i) != null) {
        throw new InvalidInputException(field + "[" + i + "]", ids.get(i), "ids must be unique; this one appears twice");
      }
    }
    return seen;
  }

  /** Reads a catalogue from UTF-8 JSON; errors name the JSON path. */
  public static MatterCatalogue fromJson(InputStream json) {
    return GridGovJson.read(json, MatterCatalogue.class, "matter catalogue");
  }

  /**
   * Reads a catalogue from a UTF-8 JSON file; errors name the JSON path.
   *
   * @throws NotFoundException when the file does not exist
   */
  public static MatterCatalogue fromJson(java.nio.file.Path file) {
    return GridGovJson.read(file, MatterCatalogue.class, "matter catalogue");
  }

  /** Reads a catalogue from JSON text; errors name the JSON path. */
  public static MatterCatalogue fromJson(String json) {
    return GridGovJson.read(json, MatterCatalogue.class, "matter catalogue");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatterCatalogue}. */
  public static class Builder extends ImmutableMatterCatalogue.Builder {}
}
