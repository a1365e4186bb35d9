package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.gridgov.core.TimeLimit;
import org.junit.jupiter.api.Test;

class AccountabilityRulesTest {
  @Test
  void absentFieldsTakeTheDefaultsAndGivenOnesAreRead() {
    assertThat(AccountabilityRules.fromJson("{}")).isEqualTo(AccountabilityRules.standard());
    AccountabilityRules r = AccountabilityRules.fromJson("""
        { "reworksToHold": 6, "holdAfterOverdue": { "amount": 10, "unit": "CALENDAR_DAYS" }, "leaderFrom": "URGE" }
        """);
    assertThat(r.reworksToHold()).isEqualTo(6);
    assertThat(r.holdAfterOverdue()).isEqualTo(TimeLimit.calendarDays(10));
    assertThat(r.leaderFrom()).isEqualTo(AccountabilityStep.URGE);
  }

  @Test
  void stepsThatFallWithMoreReworksOrAZeroLimitAreRefusedNamingTheField() {
    InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class,
        () -> AccountabilityRules.fromJson("{\"reworksToSupervise\": 5, \"reworksToNotify\": 3}"));
    assertThat(e.field()).isEqualTo("$.reworksToNotify");
    assertThat(e.value()).isEqualTo("3");
    InvalidRulesException z = catchThrowableOfType(InvalidRulesException.class,
        () -> AccountabilityRules.fromJson("{\"holdAfterOverdue\": {\"amount\": 0, \"unit\": \"WORKING_DAYS\"}}"));
    assertThat(z.field()).isEqualTo("$.holdAfterOverdue.amount");
    InvalidRulesException u = catchThrowableOfType(InvalidRulesException.class,
        () -> AccountabilityRules.fromJson("{\"leaderFrom\": \"FIRE\"}"));
    assertThat(u.field()).isEqualTo("$.leaderFrom");
    assertThat(u.value()).isEqualTo("FIRE");
  }
}
