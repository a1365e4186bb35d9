package org.gridgov.core;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An organisation in a grid (组织): a party organisation, an enterprise, a property company, an
 * owners' committee, a social organisation or a co-building unit.
 */
@Value.Immutable
public abstract non-sealed class Organisation implements Element {
  @Override
  public abstract String id();

  /** The organisation's name. */
  public abstract String name();

  /** What it is. */
  public abstract OrganisationKind organisationKind();

  /** For party organisations: the number of party members. */
  public abstract OptionalInt partyMembers();

  /** The party organisation type, when this is a party branch or group. */
  public java.util.Optional<PartyOrganisationType> partyOrganisationType() {
    switch (organisationKind()) {
      case PARTY_BRANCH:
        return java.util.Optional.of(PartyOrganisationType.BRANCH);
      case PARTY_GROUP:
        return java.util.Optional.of(PartyOrganisationType.GROUP);
      default:
        return java.util.Optional.empty();
    }
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.ORGANISATION;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "organisation");
    if (name().isBlank()) {
      throw new InvalidInputException("organisation[" + id() + "].name", name(), "must not be blank");
    }
    if (partyMembers().isPresent() && partyMembers().getAsInt() < 0) {
      throw new InvalidInputException("organisation[" + id() + "].partyMembers",
          Integer.toString(partyMembers().getAsInt()), "must not be negative");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}. */
  public static class Builder extends ImmutableOrganisation.Builder {}
}
