package org.gridgov.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The accumulator's ticket table against a hash map: every id is found in its own slot whether it
 * comes back as the instance it was added with or as a new string of the same characters (an event
 * read back from a database), ids longer than a record holds included, and ids whose hash codes
 * collide are told apart.
 */
class TicketTableTest {
  @Test
  void idsWithEqualHashCodesAreToldApartByInstanceAndByCharacters() {
    // "Aa" and "BB" have the same String.hashCode, and so have the strings built from those pairs
    String[] ids = {"AaAa", "AaBB", "BBAa", "BBBB"};
    TicketTable table = new TicketTable();
    for (String id : ids) {
      assertThat(table.find(id, id.hashCode())).isEqualTo(-1);
      table.add(id, id.hashCode());
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(table.find(ids[i], ids[i].hashCode())).as("same instance %s", ids[i]).isEqualTo(i);
      String copy = new String(ids[i].toCharArray());
      assertThat(table.find(copy, copy.hashCode())).as("new instance %s", copy).isEqualTo(i);
      assertThat(table.find(ids[i], ids[i].hashCode())).as("first instance again %s", ids[i]).isEqualTo(i);
    }
  }

  @Test
  void everyIdIsFoundInItsSlotAsTheSameOrANewInstance() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 5_000)).checkAssert((seed, n) -> {
      SplittableRandom random = new SplittableRandom(seed);
      TicketTable table = new TicketTable();
      Map<String, Integer> reference = new HashMap<>();
      List<String> added = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // short ids (packed in the record), UUID-length ids and ids longer than the record holds, from four
        // characters so that many share prefixes and some collide
        int len = random.nextInt(4) == 0 ? 41 + random.nextInt(20) : 1 + random.nextInt(random.nextBoolean() ? 8 : 36);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < len; c++) {
          b.append((char) ('0' + random.nextInt(4)));
        }
        String id = b.toString();
        String asked = random.nextBoolean() ? id : new String(id.toCharArray());
        int found = table.find(asked, asked.hashCode());
        assertThat(found).as("find %s", asked).isEqualTo(reference.getOrDefault(id, -1));
        if (found < 0) {
          reference.put(id, table.add(id, id.hashCode()));
          added.add(id);
        }
      }
      assertThat(table.size()).isEqualTo(reference.size());
      for (String id : added) {
        String copy = new String(id.toCharArray());
        assertThat(table.find(copy, copy.hashCode())).isEqualTo(reference.get(id));
        assertThat(table.find(id, id.hashCode())).isEqualTo(reference.get(id));
      }
    });
  }
}
