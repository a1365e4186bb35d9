package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code gridgov demo --store postgres}: the same month with its tickets and points in an embedded
 * PostgreSQL gives the same files as the in-memory run — the event log, the briefing, the rankings
 * and the ticket table, byte for byte. It takes minutes (50,000 appends and 10,000 awards, each a
 * transaction), so it is tagged {@code demo-postgres} and runs with {@code -Pdemo-postgres}.
 */
@Tag("demo-postgres")
class DemoOnPostgresTest {
  @Test
  void theMonthOnAnEmbeddedPostgresWritesTheSameFilesAsInMemory() throws IOException {
    Path dir = Path.of("target", "demo-postgres-test").toAbsolutePath();
    DemoRun.delete(dir);
    Cli.Run pg = Cli.run("demo", "--store", "postgres", "--out", dir.toString(), "--seed", Long.toString(DemoRun.SEED),
        "--month", DemoRun.MONTH);
    assertThat(pg.status()).as(pg.err()).isZero();
    assertThat(pg.out()).contains("tickets and points kept embedded PostgreSQL");
    for (String file : List.of("events.jsonl", "briefing.md", "ranking.csv", "tickets.csv")) {
      assertThat(Files.readString(dir.resolve(file))).as(file).isEqualTo(Files.readString(DemoRun.file(file)));
    }
  }
}
