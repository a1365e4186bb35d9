package org.gridgov.examples.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.StaffAssignment;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.examples.month.OneKeyCalls;
import org.gridgov.examples.month.Progress;

/**
 * Writes a scored month into a directory (月度成果文件): {@code briefing.md}, {@code ranking.csv},
 * {@code tickets.csv}, {@code grids.geojson}, {@code tickets.geojson}, {@code map.svg},
 * {@code map.png} and {@code index.html}; and, for {@code gridgov simulate} and
 * {@code gridgov report} to start from, the district's own files {@code scheme.json},
 * {@code matters.json} and {@code staff.csv}.
 */
public final class MonthFiles {
  /** The files of a month, in the order they are written. */
  public static final List<String> MONTH = List.of("briefing.md", "ranking.csv", "tickets.csv", "grids.geojson",
      "tickets.geojson", "map.svg", "map.png", "index.html");
  /** The district's files. */
  public static final List<String> DISTRICT = List.of("scheme.json", "matters.json", "staff.csv");

  private MonthFiles() {}

  /** Writes the month's files into {@code dir} (made when missing); the files written. */
  public static List<Path> writeMonth(MonthScores scores, Path dir, Progress progress) {
    createDirectories(dir);
    GridFacts facts = new GridFacts(scores);
    List<Path> out = new ArrayList<>();
    String markdown = scores.briefing().toMarkdown() + OneKeyCalls.of(scores).toMarkdown(scores.district());
    write(dir.resolve("briefing.md"), markdown);
    out.add(dir.resolve("briefing.md"));
    progress.at(1, MONTH.size());
    RankingRows.write(scores, dir.resolve("ranking.csv"));
    out.add(dir.resolve("ranking.csv"));
    TicketRows.write(scores, dir.resolve("tickets.csv"));
    out.add(dir.resolve("tickets.csv"));
    progress.at(3, MONTH.size());
    GeoJsonFiles.writeGrids(scores, facts, dir.resolve("grids.geojson"));
    out.add(dir.resolve("grids.geojson"));
    GeoJsonFiles.writeTickets(scores, dir.resolve("tickets.geojson"));
    out.add(dir.resolve("tickets.geojson"));
    progress.at(5, MONTH.size());
    DistrictMap map = new DistrictMap(scores, facts);
    String svg = MapFiles.svgElement(map);
    MapFiles.writeSvg(svg, dir.resolve("map.svg"));
    out.add(dir.resolve("map.svg"));
    progress.at(6, MONTH.size());
    MapFiles.writePng(map, dir.resolve("map.png"));
    out.add(dir.resolve("map.png"));
    progress.at(7, MONTH.size());
    List<String> links = new ArrayList<>(MONTH.subList(0, MONTH.size() - 1));
    write(dir.resolve("index.html"), IndexPage.html(scores, facts, svg, markdown, links));
    out.add(dir.resolve("index.html"));
    progress.at(MONTH.size(), MONTH.size());
    return out;
  }

  /** Writes the district's scheme, matter catalogue and roster into {@code dir}; the files written. */
  public static List<Path> writeDistrict(District district, Path dir) {
    createDirectories(dir);
    write(dir.resolve("scheme.json"), GridSchemes.toJson(district.tree().scheme()));
    write(dir.resolve("matters.json"), GridGovJson.write(district.catalogue()));
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("staff.csv"), StandardCharsets.UTF_8)) {
      out.write("staff_id,name,role,grid_code\n");
      for (StaffAssignment a : district.roster().assignments()) {
        out.write(Csv.line(List.of(a.staffId(), district.roster().staff().get(a.staffId()).name(), a.role(),
            a.grid().value())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write staff.csv in " + dir, e);
    }
    return DISTRICT.stream().map(dir::resolve).toList();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the directory " + dir, e);
    }
  }
}
