package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.gridgov.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
  // the worked example of GB 11643-1999, appendix: 11010519491231002X
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  @Test
  void theStandardsWorkedExampleIsValid() {
    ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.isMale()).isFalse();
    assertThat(ResidentId.parse("11010519491231002x")).isEqualTo(id);
  }

  @Test
  void aWrongCheckCharacterIsRefusedWithTheValueMasked() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("idNumber")
        .hasMessageContaining("1101**********0021")
        .hasMessageContaining("check character")
        .hasMessageNotContaining("110105194912310021");
  }

  @Test
  void seventeenDigitsAreRefused() {
    assertThatThrownBy(() -> ResidentId.parse("11010519491231002"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("18 characters");
  }

  @Test
  void anImpossibleBirthDateIsRefused() {
    String digits = "11010519490231002";
    assertThatThrownBy(() -> ResidentId.parse(digits + ResidentId.checkCharacter(digits)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("birth date");
  }

  @Test
  void toStringAndDefaultJsonAreMasked() throws Exception {
    ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);
    assertThat(id.toString()).isEqualTo("1101**********002X");
    assertThat(new ObjectMapper().writeValueAsString(id)).isEqualTo("\"1101**********002X\"");
    assertThat(new ObjectMapper().registerModule(PersonalData.revealingModule()).writeValueAsString(id))
        .isEqualTo("\"" + STANDARD_EXAMPLE + "\"");
  }

  @Test
  void everyValidNumberParsesAndEveryChangedCheckCharacterIsRefused() {
    qt().withExamples(500).forAll(CoreGenerators.residentIds()).checkAssert(id -> {
      String n = id.reveal();
      assertThat(ResidentId.parse(n)).isEqualTo(id);
      assertThat(id.toString()).doesNotContain(n.substring(4, 14));
      for (char c : "0123456789X".toCharArray()) {
        if (c != n.charAt(17)) {
          assertThatThrownBy(() -> ResidentId.parse(n.substring(0, 17) + c)).isInstanceOf(InvalidInputException.class);
        }
      }
    });
  }

  @Test
  void hostileTextGivesOnlyTypedErrors() {
    qt().withExamples(2000).forAll(CoreGenerators.hostileText()).checkAssert(text -> {
      try {
        assertThat(ResidentId.parse(text).reveal()).hasSize(18);
      } catch (InvalidInputException expected) {
        assertThat(expected.field()).isEqualTo("idNumber");
      }
    });
  }
}
