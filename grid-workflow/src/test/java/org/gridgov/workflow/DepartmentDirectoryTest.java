package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class DepartmentDirectoryTest {
  private final WorkflowWorld world = new WorkflowWorld();

  @Test
  void theNearestUnitAboveTheGridIsResponsible() {
    assertThat(world.directory.responsibleUnit("urban-management", HEYUN_1).map(DepartmentUnit::id)).contains("um-xuzhuang");
    assertThat(world.directory.responsibleUnit("urban-management", JIDONG_1).map(DepartmentUnit::id)).contains("um-jidong");
    assertThat(world.directory.responsibleUnit("housing", JIDONG_1).map(DepartmentUnit::id)).contains("housing-district");
    assertThat(world.directory.responsibleUnit("justice", HEYUN_1)).isEmpty();
    DepartmentDirectory nearer = DepartmentDirectory.builder(world.tree).unit("urban-management", "um-x", "x", XUZHUANG)
        .unit("urban-management", "um-heyun", "荷韵网格执法组", HEYUN).build();
    assertThat(nearer.responsibleUnit("urban-management", HEYUN_1).map(DepartmentUnit::id)).contains("um-heyun");
    assertThat(nearer.responsibleUnit("urban-management", YUJING_1).map(DepartmentUnit::id)).contains("um-x");
  }

  @Test
  void badUnitsAreRefused() {
    assertThatThrownBy(() -> DepartmentDirectory.builder(world.tree).unit("housing", "h", "h", GridCode.parse("999")).build())
        .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
    assertThatThrownBy(() -> DepartmentDirectory.builder(world.tree).unit("housing", "a", "a", HEYUN).unit("housing", "b", "b", HEYUN).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("units[1].jurisdiction");
    assertThatThrownBy(() -> world.builder(MutableClockHolder.CLOCK).directory(DepartmentDirectory.builder(world.tree)
        .unit("ministry", "m", "m", HEYUN).build()).build()).isInstanceOf(NotFoundException.class).hasMessageContaining("ministry");
  }

  private static final class MutableClockHolder {
    static final org.gridgov.workflow.testing.MutableClock CLOCK = org.gridgov.workflow.testing.MutableClock.at("2024-03-04T09:00");
  }
}
