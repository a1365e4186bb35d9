package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The grid registry (网格登记库): versions in time, the tree of any day, boundaries as WKB. */
class GridRegistryTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final LocalDate SPLIT = LocalDate.of(2024, 7, 1);
  private JdbcStores stores;

  @BeforeEach
  void connect() {
    stores = DB.connect(EmbeddedDatabase.uniqueSchema("grids"), 2);
  }

  @AfterEach
  void close() {
    stores.close();
  }

  private static Geometry square(double lon, double lat, double size) {
    GeometryFactory f = new GeometryFactory();
    return f.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + size, lat),
        new Coordinate(lon + size, lat + size), new Coordinate(lon, lat + size), new Coordinate(lon, lat)});
  }

  @Test
  void theTreeOfEveryDayIsRebuiltFromTheVersionsValidThatDay() {
    GridRegistry grids = stores.grids();
    GridTree tree = WORLD.tree;
    assertThat(grids.save(tree)).isEqualTo(tree.size());
    assertThat(grids.save(tree)).as("saving the same versions again changes nothing").isZero();
    Grid old = tree.get(WorkflowWorld.HEYUN_2);
    Grid retired = Grid.builder().from(old).validTo(SPLIT).build();
    Grid renamed = Grid.builder().from(old).name(old.name() + "(调整后)").validFrom(SPLIT).build();
    assertThat(grids.save(tree.scheme(), List.of(retired, renamed))).isEqualTo(2);
    assertThat(grids.versions(tree.scheme(), WorkflowWorld.HEYUN_2)).containsExactly(retired, renamed);
    GridTree before = grids.tree(tree.scheme(), SPLIT.minusDays(1));
    GridTree after = grids.tree(tree.scheme(), SPLIT);
    assertThat(before.grids()).containsExactlyInAnyOrderElementsOf(tree.grids().stream()
        .map(g -> g.code().equals(WorkflowWorld.HEYUN_2) ? retired : g).toList());
    assertThat(after.get(WorkflowWorld.HEYUN_2)).isEqualTo(renamed);
    assertThat(after.size()).isEqualTo(tree.size());
  }

  @Test
  void aVersionOverlappingAnotherOfItsGridIsRefusedAndNothingIsSaved() {
    GridRegistry grids = stores.grids();
    GridTree tree = WORLD.tree;
    grids.save(tree);
    Grid g = tree.get(WorkflowWorld.YUJING_1);
    Grid overlapping = Grid.builder().from(g).validFrom(LocalDate.of(2030, 1, 1)).build();
    Grid fine = Grid.builder().from(tree.get(WorkflowWorld.JIDONG_1)).name("新名字").build();
    assertThatThrownBy(() -> grids.save(tree.scheme(), List.of(fine, overlapping))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("grids[" + WorkflowWorld.YUJING_1 + "].validFrom").hasMessageContaining("overlaps");
    assertThat(grids.versions(tree.scheme(), WorkflowWorld.JIDONG_1)).containsExactly(tree.get(WorkflowWorld.JIDONG_1));
  }

  @Test
  void boundariesGoInAsWkbAndComeBackEqualOnTheVersionsTheyBelongTo() {
    GridRegistry grids = stores.grids();
    GridTree tree = WORLD.tree;
    grids.save(tree);
    Boundaries saved = Boundaries.of(CoordinateSystem.WGS84, List.of(
        GridBoundary.of(tree.get(WorkflowWorld.HEYUN_1), square(116.61, 35.41, 0.0031)),
        GridBoundary.of(tree.get(WorkflowWorld.JIDONG_1), square(116.5, 35.4, 0.0123456789))));
    grids.saveBoundaries(tree.scheme(), saved);
    Boundaries read = grids.boundaries(tree.scheme(), LocalDate.of(2024, 3, 4));
    assertThat(read.coordinateSystem()).isEqualTo(CoordinateSystem.WGS84);
    assertThat(read.size()).isEqualTo(2);
    for (GridBoundary b : saved.all()) {
      GridBoundary back = read.find(b.code()).orElseThrow();
      assertThat(back.grid()).isEqualTo(b.grid());
      assertThat(back.geometry().equalsExact(b.geometry())).as("coordinates bit for bit").isTrue();
    }
    Grid unknown = Grid.builder().from(tree.get(WorkflowWorld.HEYUN_1)).validFrom(Optional.of(LocalDate.of(1999, 1, 1))).build();
    assertThatThrownBy(() -> grids.saveBoundaries(tree.scheme(), Boundaries.of(CoordinateSystem.WGS84,
        List.of(GridBoundary.of(unknown, square(1, 1, 1)))))).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("save the grids first");
  }
}
