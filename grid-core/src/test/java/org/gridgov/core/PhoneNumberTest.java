package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridgov.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {
  @Test
  void aMobileNumberIsMaskedInTheMiddle() throws Exception {
    PhoneNumber p = PhoneNumber.parse("+86 138 1234 5678");
    assertThat(p.isMobile()).isTrue();
    assertThat(p.reveal()).isEqualTo("13812345678");
    assertThat(p).hasToString("138****5678");
    assertThat(new ObjectMapper().writeValueAsString(p)).isEqualTo("\"138****5678\"");
  }

  @Test
  void aFixedLineNumberKeepsItsAreaCode() {
    PhoneNumber p = PhoneNumber.parse("0537-2345678");
    assertThat(p.isMobile()).isFalse();
    assertThat(p).hasToString("0537-***5678");
    assertThat(PhoneNumber.parse("010-12345678")).hasToString("010-****5678");
  }

  @Test
  void aMalformedNumberIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> PhoneNumber.parse("12345678901"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phone").hasMessageContaining("13 to 19")
        .hasMessageNotContaining("12345678901");
    assertThatThrownBy(() -> PhoneNumber.parse("call me")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void validNumbersRoundTripAndNeverShowTheirMiddle() {
    qt().withExamples(500).forAll(CoreGenerators.phones()).checkAssert(p -> {
      assertThat(PhoneNumber.parse(p.reveal())).isEqualTo(p);
      assertThat(p.toString()).contains("***").doesNotContain(p.reveal());
    });
  }

  @Test
  void hostileTextGivesOnlyTypedErrors() {
    qt().withExamples(2000).forAll(CoreGenerators.hostileText()).checkAssert(text -> {
      try {
        assertThat(PhoneNumber.parse(text).reveal()).matches("[0-9]+");
      } catch (InvalidInputException expected) {
        assertThat(expected.field()).isEqualTo("phone");
      }
    });
  }
}
