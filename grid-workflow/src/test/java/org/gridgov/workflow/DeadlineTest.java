package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.TimeLimit;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final BusinessCalendar CN = BusinessCalendar.chinese();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  @Test
  void anExtensionMovesTheDueInstantAndPutsTheWarningAtEightyPercentOfTheNewWhole() {
    Deadline d = CN.start(at("2024-03-04T09:00"), TimeLimit.workingDays(5));
    Deadline e = CN.extend(d, TimeLimit.workingDays(2));
    assertThat(e.dueAt()).isEqualTo(at("2024-03-12T17:00"));
    assertThat(e.limit()).isEqualTo(TimeLimit.workingDays(7));
    // 80 % of 49 working hours is 39.2 h: five full days, then 4 h 12 min of Monday
    assertThat(e.warnAt()).isEqualTo(at("2024-03-11T14:12"));
    assertThat(e.startedAt()).isEqualTo(d.startedAt());
  }

  @Test
  void calendarDayClocksCountElapsedTimeThroughPausesAndExtensions() {
    Deadline d = CN.start(at("2024-03-04T09:00"), TimeLimit.calendarDays(7));
    assertThat(d.dueAt()).isEqualTo(at("2024-03-11T09:00"));
    Deadline resumed = CN.resume(d.pausedAt(at("2024-03-05T09:00")), at("2024-03-06T09:00"));
    assertThat(resumed.dueAt()).isEqualTo(at("2024-03-12T09:00"));
    assertThat(resumed.paused()).isEqualTo(Duration.ofDays(1));
    Deadline e = CN.extend(d, TimeLimit.calendarDays(3));
    assertThat(e.dueAt()).isEqualTo(at("2024-03-14T09:00"));
    assertThat(e.warnAt()).isEqualTo(at("2024-03-12T09:00"));
  }

  @Test
  void aPausedClockKeepsTheLightItHadWhenItPaused() {
    Deadline d = CN.start(at("2024-03-04T09:00"), TimeLimit.workingHours(2));
    Deadline yellow = d.pausedAt(at("2024-03-04T10:40"));
    assertThat(yellow.lightAt(at("2024-04-01T09:00"))).isEqualTo(TimingLight.YELLOW);
    assertThat(yellow.lightAt(at("2024-03-04T09:30"))).isEqualTo(TimingLight.GREEN);
    Deadline red = d.pausedAt(at("2024-03-04T11:30"));
    assertThat(red.isOverdueAt(at("2024-04-01T09:00"))).isTrue();
    assertThat(red.pausedAt(at("2024-03-05T09:00"))).isSameAs(red);
    assertThat(CN.resume(d, at("2024-03-05T09:00"))).isSameAs(d);
  }

  @Test
  void aClockIsConsistentOrRefused() {
    Instant t = at("2024-03-04T09:00");
    assertThatThrownBy(() -> Deadline.running(t, TimeLimit.workingHours(1), t.minusSeconds(1), t))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("start before it warns");
    assertThatThrownBy(() -> CN.resume(Deadline.running(t, TimeLimit.workingHours(1), t, t.plusSeconds(3600))
        .pausedAt(t.plusSeconds(60)), t)).isInstanceOf(InvalidInputException.class).hasMessageContaining("resumes after");
  }
}
