package org.gridgov.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;

/** Writes grid tables with Jackson's CSV generator, which quotes where needed. */
public final class GridCsvWriter {
  private static final String[] COLUMNS = {"code", "name", "parent_code", "level", "layer", "kind", "households",
      "valid_from", "valid_to"};

  private GridCsvWriter() {}

  public static void write(GridTree tree, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String c : COLUMNS) {
      schema.addColumn(c);
    }
    CsvFactory factory = new CsvFactory();
    try (CsvGenerator csv = factory.createGenerator(out)) {
      csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      csv.setSchema(schema.build());
      for (GridNode node : tree.nodes()) {
        Grid g = node.grid();
        csv.writeStartArray();
        csv.writeString(g.code().value());
        csv.writeString(g.name());
        csv.writeString(node.parent().map(p -> p.code().value()).orElse(""));
        csv.writeString(Integer.toString(g.level()));
        csv.writeString(g.layer().orElse(""));
        csv.writeString(g.kind().orElse(""));
        csv.writeString(g.households().isPresent() ? Integer.toString(g.households().getAsInt()) : "");
        csv.writeString(text(g.validFrom()));
        csv.writeString(text(g.validTo()));
        csv.writeEndArray();
      }
    }
    out.flush();
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

}
