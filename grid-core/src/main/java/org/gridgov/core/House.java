package org.gridgov.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A house (房): its address down to building, unit and room, its use, the star rating of a
 * rental house (出租屋星级评定, 1–5 stars) and the token of its QR-code door plate (二维码门牌)
 * that identifies the house and its residents.
 */
@Value.Immutable
public abstract non-sealed class House implements Element {
  @Override
  public abstract String id();

  /** The address. */
  public abstract HouseAddress address();

  /** How the house is used. */
  @Value.Default
  public HouseUse use() {
    return HouseUse.OWNER_OCCUPIED;
  }

  /** The rental star rating, 1 to 5, of a rental house that has been rated. */
  public abstract Optional<Integer> rentalStarRating();

  /** The token printed in the QR-code door plate, where one is fitted. */
  public abstract Optional<String> doorplateCode();

  @Override
  public final ElementKind kind() {
    return ElementKind.HOUSE;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "house");
    if (rentalStarRating().isPresent()) {
      int stars = rentalStarRating().get();
      if (use() != HouseUse.RENTAL) {
        throw new InvalidInputException("house[" + id() + "].rentalStarRating", Integer.toString(stars),
            "only a RENTAL house is star-rated, this one is " + use());
      }
      if (stars < 1 || stars > 5) {
        throw new InvalidInputException("house[" + id() + "].rentalStarRating", Integer.toString(stars),
            "a rental star rating is 1 to 5 stars");
      }
    }
    if (doorplateCode().isPresent() && doorplateCode().get().isBlank()) {
      throw new InvalidInputException("house[" + id() + "].doorplateCode", "", "must not be blank when present");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link House}. */
  public static class Builder extends ImmutableHouse.Builder {}
}
