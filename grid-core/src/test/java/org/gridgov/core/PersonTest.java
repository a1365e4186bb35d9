package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;

/** A person's personal data stays masked in toString and in the default JSON. */
class PersonTest {
  private static final String ID = "11010519491231002X";
  private static final Person PERSON = Person.builder().id("p1").name("张三")
      .idNumber(ResidentId.parse(ID)).phone(PhoneNumber.parse("13812345678"))
      .addSpecialGroup(SpecialGroup.ELDERLY_LIVING_ALONE).keyPerson(KeyPersonCategory.values()[0]).build();

  @Test
  void toStringMasksTheNameAndOnlyCountsSpecialGroupsAndKeyPerson() {
    String text = PERSON.toString();
    assertThat(text).contains("id=p1", "name=张*", "1101**********002X", "138****5678", "specialGroups=1", "keyPerson=1")
        .doesNotContain("张三", ID, "13812345678", SpecialGroup.ELDERLY_LIVING_ALONE.name(),
            KeyPersonCategory.values()[0].name());
  }

  @Test
  void theDefaultJsonWorksAndIsMasked() throws Exception {
    String json = new ObjectMapper().registerModule(new Jdk8Module()).writeValueAsString(PERSON);
    assertThat(json).contains("\"id\":\"p1\"", "\"name\":\"张*\"", "\"idNumber\":\"1101**********002X\"",
            "\"phone\":\"138****5678\"")
        .doesNotContain("张三", ID, "13812345678", SpecialGroup.ELDERLY_LIVING_ALONE.name(),
            KeyPersonCategory.values()[0].name(), "specialGroup", "keyPerson");
  }

  @Test
  void namesAreMaskedToTheirFirstCharacter() {
    assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
    assertThat(PersonalData.maskName("王")).isEqualTo("*");
    assertThat(PersonalData.maskName("𠀋一")).isEqualTo("𠀋*");
  }
}
