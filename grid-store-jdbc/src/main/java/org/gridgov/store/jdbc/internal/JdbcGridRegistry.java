package org.gridgov.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.store.jdbc.GridRegistry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The grid registry on PostgreSQL (网格登记库): one {@code grid_version} row per version of a grid,
 * keyed by (scheme, code, first valid day), the boundary beside it as WKB.
 */
public final class JdbcGridRegistry implements GridRegistry {
  private static final String COLUMNS = "code, valid_from, valid_to, name, level, parent_code, layer, kind, households";
  /** The first valid day of a grid valid since always. */
  private static final LocalDate SINCE_ALWAYS = LocalDate.of(-4712, 1, 1);
  private static final String VALID_ON = "scheme_id = :s AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)";

  private final Database db;

  public JdbcGridRegistry(Database db) {
    this.db = db;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  private static LocalDate from(Grid g) {
    return g.validFrom().orElse(SINCE_ALWAYS);
  }

  private static Grid map(ResultSet rs, StatementContext ctx) throws SQLException {
    LocalDate vf = rs.getObject("valid_from", LocalDate.class);
    LocalDate vt = rs.getObject("valid_to", LocalDate.class);
    int households = rs.getInt("households");
    OptionalInt hh = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(households);
    return Grid.builder().code(GridCode.parse(rs.getString("code"))).name(rs.getString("name")).level(rs.getInt("level"))
        .parent(Optional.ofNullable(rs.getString("parent_code")).map(GridCode::parse))
        .layer(Optional.ofNullable(rs.getString("layer"))).kind(Optional.ofNullable(rs.getString("kind"))).households(hh)
        .validFrom(vf.isAfter(SINCE_ALWAYS) ? Optional.of(vf) : Optional.empty()).validTo(Optional.ofNullable(vt)).build();
  }

  @Override
  public int save(GridScheme scheme, Collection<Grid> grids) {
    require(scheme, "scheme");
    require(grids, "grids");
    List<Grid> list = new ArrayList<>(grids);
    for (int i = 0; i < list.size(); i++) {
      require(list.get(i), "grids[" + i + "]");
      if (from(list.get(i)).isBefore(SINCE_ALWAYS)) {
        throw new InvalidInputException("grids[" + list.get(i).code() + "].validFrom", from(list.get(i)).toString(),
            "must not be before " + SINCE_ALWAYS);
      }
    }
    return db.transaction("saveGrids", h -> {
      h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:s, 7322))::text").bind("s", scheme.id()).mapTo(String.class)
          .one();
      int changed = 0;
      for (Grid g : list) {
        refuseOverlap(h, scheme, g);
        changed += h.createUpdate("INSERT INTO grid_version (scheme_id, code, valid_from, valid_to, name, level, "
            + "parent_code, layer, kind, households) VALUES (:s, :code, :vf, :vt, :name, :level, :parent, :layer, :kind, :hh) "
            + "ON CONFLICT (scheme_id, code, valid_from) DO UPDATE SET valid_to = EXCLUDED.valid_to, name = EXCLUDED.name, "
            + "level = EXCLUDED.level, parent_code = EXCLUDED.parent_code, layer = EXCLUDED.layer, kind = EXCLUDED.kind, "
            + "households = EXCLUDED.households WHERE (grid_version.valid_to, grid_version.name, grid_version.level, "
            + "grid_version.parent_code, grid_version.layer, grid_version.kind, grid_version.households) IS DISTINCT FROM "
            + "(EXCLUDED.valid_to, EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.layer, EXCLUDED.kind, "
            + "EXCLUDED.households)").bind("s", scheme.id()).bind("code", g.code().value()).bind("vf", from(g))
            .bind("vt", g.validTo().orElse(null)).bind("name", g.name()).bind("level", g.level())
            .bind("parent", g.parent().map(GridCode::value).orElse(null)).bind("layer", g.layer().orElse(null))
            .bind("kind", g.kind().orElse(null))
            .bind("hh", g.households().isPresent() ? Integer.valueOf(g.households().getAsInt()) : null).execute();
      }
      return changed;
    });
  }

  private static void refuseOverlap(Handle h, GridScheme scheme, Grid g) {
    Optional<LocalDate> other = h.createQuery("SELECT valid_from FROM grid_version WHERE scheme_id = :s AND code = :c "
        + "AND valid_from <> :vf AND valid_from < coalesce(:vt, 'infinity'::date) "
        + "AND coalesce(valid_to, 'infinity'::date) > :vf LIMIT 1").bind("s", scheme.id()).bind("c", g.code().value())
        .bind("vf", from(g)).bind("vt", g.validTo().orElse(null)).mapTo(LocalDate.class).findOne();
    if (other.isPresent()) {
      throw new InvalidInputException("grids[" + g.code() + "].validFrom", g.validFrom().map(LocalDate::toString)
          .orElse("(since always)"), "overlaps the version of the same grid valid from "
          + (other.get().isAfter(SINCE_ALWAYS) ? other.get() : "always") + "; versions of one grid must not overlap");
    }
  }

  @Override
  public int save(GridTree tree) {
    require(tree, "tree");
    return save(tree.scheme(), tree.grids());
  }

  @Override
  public GridTree tree(GridScheme scheme, LocalDate date) {
    require(scheme, "scheme");
    require(date, "date");
    List<Grid> grids = db.read("tree", h -> h.createQuery("SELECT " + COLUMNS + " FROM grid_version WHERE " + VALID_ON)
        .bind("s", scheme.id()).bind("d", date).setFetchSize(10_000).map(JdbcGridRegistry::map).list());
    return GridTree.builder(scheme).addAll(grids).build();
  }

  @Override
  public List<Grid> versions(GridScheme scheme, GridCode code) {
    require(scheme, "scheme");
    require(code, "code");
    return List.copyOf(db.read("versions", h -> h.createQuery("SELECT " + COLUMNS + " FROM grid_version "
        + "WHERE scheme_id = :s AND code = :c ORDER BY valid_from").bind("s", scheme.id()).bind("c", code.value())
        .map(JdbcGridRegistry::map).list()));
  }

  @Override
  public void saveBoundaries(GridScheme scheme, Boundaries boundaries) {
    require(scheme, "scheme");
    require(boundaries, "boundaries");
    WKBWriter writer = new WKBWriter(2);
    db.transaction("saveBoundaries", h -> {
      for (GridBoundary b : boundaries.all()) {
        int n = h.createUpdate("UPDATE grid_version SET boundary_wkb = :wkb, boundary_crs = :crs WHERE scheme_id = :s "
            + "AND code = :c AND valid_from = :vf").bind("wkb", writer.write(b.geometry()))
            .bind("crs", boundaries.coordinateSystem().name()).bind("s", scheme.id()).bind("c", b.code().value())
            .bind("vf", from(b.grid())).execute();
        if (n == 0) {
          throw new NotFoundException("boundaries[" + b.code() + "]", b.code().value(), "no version of this grid valid from "
              + b.grid().validFrom().map(LocalDate::toString).orElse("always") + " is registered for " + scheme.id()
              + "; save the grids first");
        }
      }
      return null;
    });
  }

  @Override
  public Boundaries boundaries(GridScheme scheme, LocalDate date) {
    require(scheme, "scheme");
    require(date, "date");
    GeometryFactory factory = new GeometryFactory();
    Map<CoordinateSystem, List<GridBoundary>> bySystem = new HashMap<>();
    db.read("boundaries", h -> h.createQuery("SELECT " + COLUMNS + ", boundary_wkb, boundary_crs FROM grid_version WHERE "
        + VALID_ON + " AND boundary_wkb IS NOT NULL").bind("s", scheme.id()).bind("d", date).setFetchSize(10_000)
        .map((rs, ctx) -> bySystem.computeIfAbsent(CoordinateSystem.valueOf(rs.getString("boundary_crs")),
            k -> new ArrayList<>()).add(GridBoundary.of(map(rs, ctx), geometry(factory, rs.getBytes("boundary_wkb")))))
        .list());
    if (bySystem.isEmpty()) {
      return Boundaries.empty(CoordinateSystem.WGS84);
    }
    if (bySystem.size() == 1) {
      Map.Entry<CoordinateSystem, List<GridBoundary>> only = bySystem.entrySet().iterator().next();
      return Boundaries.of(only.getKey(), only.getValue());
    }
    Boundaries all = Boundaries.empty(CoordinateSystem.WGS84);
    for (CoordinateSystem cs : Arrays.asList(CoordinateSystem.values())) {
      if (bySystem.containsKey(cs)) {
        all = all.plus(Boundaries.of(cs, bySystem.get(cs)).convertTo(CoordinateSystem.WGS84));
      }
    }
    return all;
  }

  private static Geometry geometry(GeometryFactory factory, byte[] wkb) {
    try {
      return new WKBReader(factory).read(wkb);
    } catch (ParseException e) {
      throw new InvalidInputException("boundary_wkb", wkb.length + " bytes", "is not WKB: " + e.getMessage());
    }
  }
}
