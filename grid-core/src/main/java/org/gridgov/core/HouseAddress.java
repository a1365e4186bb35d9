package org.gridgov.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a house is (房屋地址): estate or village, building (楼栋), unit (单元) and room (房号).
 */
@Value.Immutable
public abstract class HouseAddress {
  /** The estate (小区) or natural village. */
  public abstract String estate();

  /** The building (楼栋), for example {@code 11号楼}. */
  public abstract Optional<String> building();

  /** The unit (单元). */
  public abstract Optional<String> unit();

  /** The room (房号). */
  public abstract Optional<String> room();

  /** True when building, unit and room are all known (房屋信息清). */
  public boolean isComplete() {
    return building().isPresent() && unit().isPresent() && room().isPresent();
  }

  @Value.Check
  protected void check() {
    if (estate().isBlank()) {
      throw new InvalidInputException("address.estate", estate(), "must not be blank");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HouseAddress}. */
  public static class Builder extends ImmutableHouseAddress.Builder {}

  @Override
  public String toString() {
    return estate() + building().map(b -> " " + b).orElse("") + unit().map(u -> " " + u).orElse("")
        + room().map(r -> " " + r).orElse("");
  }
}
