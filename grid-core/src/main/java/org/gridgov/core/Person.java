package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in a grid (人): a resident, registered or floating, possibly in special groups, a key
 * person, a party member or a volunteer. Identity and phone numbers are validated.
 *
 * <p>Personal data: {@link #toString()} and the default JSON show the name masked ({@code 张*}),
 * the identity and phone numbers masked, and neither the special groups nor the key-person
 * category (toString says only how many).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
public abstract non-sealed class Person implements Element {
  @Override
  public abstract String id();

  /** The person's name; masked in toString and default JSON. */
  @JsonSerialize(using = PersonalData.MaskedNameSerializer.class)
  public abstract String name();

  /** The citizen identity number, where registered. */
  public abstract Optional<ResidentId> idNumber();

  /** A phone number, where known. */
  public abstract Optional<PhoneNumber> phone();

  /** Registered, floating or overseas. */
  @Value.Default
  public Residence residence() {
    return Residence.REGISTERED;
  }

  /** The special groups the person belongs to (特殊人群); not in toString or default JSON. */
  @JsonIgnore
  public abstract Set<SpecialGroup> specialGroups();

  /** The key-person category (重点人员), when the person is one; not in toString or default JSON. */
  @JsonIgnore
  public abstract Optional<KeyPersonCategory> keyPerson();

  /** True for a party member (党员). */
  @Value.Default
  public boolean partyMember() {
    return false;
  }

  /** True for a registered volunteer (志愿者). */
  @Value.Default
  public boolean volunteer() {
    return false;
  }

  /** The id of the {@link House} the person lives in, where known. */
  public abstract Optional<String> house();

  @Override
  public final ElementKind kind() {
    return ElementKind.PERSON;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "person");
    if (name().isBlank()) {
      throw new InvalidInputException("person[" + id() + "].name", name(), "must not be blank");
    }
  }

  /** Masked: name, identity and phone numbers masked; special groups and key person only counted. */
  @Override
  public String toString() {
    return "Person{id=" + id() + ", name=" + PersonalData.maskName(name())
        + idNumber().map(n -> ", idNumber=" + n).orElse("")
        + phone().map(n -> ", phone=" + n).orElse("")
        + ", residence=" + residence()
        + ", specialGroups=" + specialGroups().size()
        + ", keyPerson=" + (keyPerson().isPresent() ? 1 : 0)
        + ", partyMember=" + partyMember() + ", volunteer=" + volunteer()
        + house().map(h -> ", house=" + h).orElse("") + "}";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static class Builder extends ImmutablePerson.Builder {}
}
