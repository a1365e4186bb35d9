package org.gridgov.core.testing;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.CodeSegment;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridLevel;
import org.gridgov.core.GridScheme;
import org.gridgov.core.Layer;
import org.gridgov.core.PhoneNumber;
import org.gridgov.core.ResidentId;
import org.gridgov.core.SegmentRule;
import org.quicktheories.core.Gen;

/** Generators of grid-core values, realistic and hostile. */
public final class CoreGenerators {
  private CoreGenerators() {}

  /** Code layouts of 1 to {@code maxDepth} segments, 1 to 4 digits wide each (the root up to 6). */
  public static Gen<CodeLayout> layouts(int maxDepth) {
    return in -> {
      int depth = range(1, maxDepth).generate(in);
      List<CodeSegment> segments = new ArrayList<>();
      for (int i = 0; i < depth; i++) {
        int width = range(1, i == 0 ? 6 : 4).generate(in);
        segments.add(new CodeSegment("s" + i, width, SegmentRule.ANY));
      }
      return CodeLayout.of(segments);
    };
  }

  /** Valid codes of a layout, at a random depth. */
  public static Gen<GridCode> codes(CodeLayout layout) {
    return in -> {
      int depth = range(1, layout.depth()).generate(in);
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        int width = layout.segments().get(i).width();
        for (int k = 0; k < width; k++) {
          digits.append((char) ('0' + range(0, 9).generate(in)));
        }
      }
      return GridCode.parse(digits.toString());
    };
  }

  /** Hostile text for code parsers: letters, symbols, separators, whitespace, CJK, huge and empty strings. */
  public static Gen<String> hostileText() {
    Gen<Character> chars = pick(List.of('0', '1', '9', 'a', 'X', '-', ' ', '\t', '+', '.', '０', '一', '\u0000', '\uFFFF', '\uD800'));
    Gen<String> mixed = in -> {
      int length = range(0, 50).generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append(chars.generate(in));
      }
      return b.toString();
    };
    Gen<String> digitRuns = in -> "1".repeat(range(0, 60).generate(in));
    return oneOf(mixed, digitRuns, constant(""), constant("-"), constant("11--01"), constant("١٢٣"));
  }

  /**
   * Valid trees of random shape: 1 to {@code maxDepth} levels, 1 to 3 roots, 0 to 4 children per
   * grid, codes made of random distinct segments, parents sometimes explicit and sometimes left
   * to the code prefix, validity dates nested within the parent's, grids in random order.
   */
  public static Gen<GeneratedTree> trees(int maxDepth) {
    return in -> {
      int depth = range(1, maxDepth).generate(in);
      GridScheme.Builder scheme = GridScheme.builder().id("generated").name("generated scheme")
          .addLayer(Layer.comprehensive());
      int[] widths = new int[depth];
      for (int l = 0; l < depth; l++) {
        widths[l] = range(1, l == 0 ? 4 : 3).generate(in);
        scheme.addLevel(GridLevel.builder().id("l" + (l + 1)).name("level " + (l + 1)).codeWidth(widths[l]).build());
      }
      GridScheme built = scheme.build();
      List<Grid> grids = new ArrayList<>();
      int roots = range(1, 3).generate(in);
      for (String code : distinctSegments(in, widths[0], roots)) {
        grow(in, built, widths, grids, code, null, 1, null, null);
      }
      long seed = range(0, Integer.MAX_VALUE).generate(in);
      Collections.shuffle(grids, new Random(seed));
      return new GeneratedTree(built, grids);
    };
  }

  private static void grow(org.quicktheories.core.RandomnessSource in, GridScheme scheme, int[] widths,
      List<Grid> out, String code, String parent, int level, java.time.LocalDate from, java.time.LocalDate to) {
    Grid.Builder g = Grid.builder().code(GridCode.parse(code)).name("grid " + code).level(level);
    if (parent != null && booleans().generate(in)) {
      g.parent(GridCode.parse(parent));
    }
    java.time.LocalDate myFrom = from;
    java.time.LocalDate myTo = to;
    if (range(0, 9).generate(in) == 0) {
      int start = range(0, 20).generate(in);
      java.time.LocalDate base = from == null ? java.time.LocalDate.of(2020, 1, 1) : from;
      myFrom = base.plusDays(start);
      if (to != null && !myFrom.isBefore(to)) {
        myFrom = from;
      }
    }
    if (myFrom != null) {
      g.validFrom(myFrom);
    }
    if (myTo != null) {
      g.validTo(myTo);
    }
    out.add(g.build());
    if (level == widths.length || out.size() > 400) {
      return;
    }
    int children = range(0, 4).generate(in);
    for (String segment : distinctSegments(in, widths[level], children)) {
      grow(in, scheme, widths, out, code + segment, code, level + 1, myFrom, myTo);
    }
  }

  private static List<String> distinctSegments(org.quicktheories.core.RandomnessSource in, int width, int count) {
    int max = (int) Math.pow(10, width) - 1;
    Set<Integer> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count && seen.size() < max; i++) {
      int value = range(1, max).generate(in);
      if (seen.add(value)) {
        out.add(String.format("%0" + width + "d", value));
      }
    }
    return out;
  }

  /** Valid citizen identity numbers (GB 11643) with correct check characters. */
  public static Gen<ResidentId> residentIds() {
    return in -> {
      StringBuilder b = new StringBuilder();
      b.append(pick(List.of("110101", "370811", "450802", "620702", "321203")).generate(in));
      int year = range(1920, 2020).generate(in);
      int month = range(1, 12).generate(in);
      int day = range(1, 28).generate(in);
      b.append(String.format("%04d%02d%02d", year, month, day));
      b.append(String.format("%03d", range(0, 999).generate(in)));
      b.append(ResidentId.checkCharacter(b));
      return ResidentId.parse(b.toString());
    };
  }

  /** Valid mobile and fixed-line numbers. */
  public static Gen<PhoneNumber> phones() {
    Gen<PhoneNumber> mobiles = in -> PhoneNumber.parse("1" + range(3, 9).generate(in)
        + String.format("%09d", range(0, 999_999_999).generate(in)));
    Gen<PhoneNumber> fixed = in -> PhoneNumber.parse("0537-" + range(2, 9).generate(in)
        + String.format("%06d", range(0, 999_999).generate(in)));
    return oneOf(mobiles, fixed);
  }

  /** People, houses, objects, affairs and organisations with distinct ids and realistic attributes. */
  public static Gen<java.util.List<org.gridgov.core.Element>> elements(int max) {
    return in -> {
      int count = range(0, max).generate(in);
      java.util.List<org.gridgov.core.Element> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        out.add(element("e" + i).generate(in));
      }
      return out;
    };
  }

  /** One element of a random kind with the given id. */
  public static Gen<org.gridgov.core.Element> element(String id) {
    Gen<org.gridgov.core.Element> person = in -> {
      org.gridgov.core.Person.Builder b = org.gridgov.core.Person.builder().id(id).name("居民" + id)
          .residence(pick(List.of(org.gridgov.core.Residence.values())).generate(in))
          .partyMember(range(0, 9).generate(in) == 0);
      if (booleans().generate(in)) {
        b.idNumber(residentIds().generate(in));
      }
      if (range(0, 4).generate(in) == 0) {
        b.addSpecialGroup(pick(List.of(org.gridgov.core.SpecialGroup.values())).generate(in));
      }
      if (range(0, 19).generate(in) == 0) {
        b.keyPerson(pick(List.of(org.gridgov.core.KeyPersonCategory.values())).generate(in));
      }
      return b.build();
    };
    Gen<org.gridgov.core.Element> house = in -> {
      org.gridgov.core.HouseUse use = pick(List.of(org.gridgov.core.HouseUse.values())).generate(in);
      org.gridgov.core.House.Builder b = org.gridgov.core.House.builder().id(id).use(use)
          .address(org.gridgov.core.HouseAddress.builder().estate("御景花园").building(range(1, 30).generate(in) + "号楼")
              .unit(range(1, 4).generate(in) + "单元").room(range(101, 1802).generate(in) + "室").build());
      if (use == org.gridgov.core.HouseUse.RENTAL && booleans().generate(in)) {
        b.rentalStarRating(range(1, 5).generate(in));
      }
      if (booleans().generate(in)) {
        b.doorplateCode("QR" + id);
      }
      return b.build();
    };
    Gen<org.gridgov.core.Element> object = in -> org.gridgov.core.Facility.builder().id(id).name("设施" + id)
        .facilityKind(pick(List.of(org.gridgov.core.FacilityKind.values())).generate(in))
        .resolved(booleans().generate(in)).build();
    Gen<org.gridgov.core.Element> affair = in -> org.gridgov.core.Affair.builder().id(id).summary("事项" + id)
        .affairKind(pick(List.of(org.gridgov.core.AffairKind.values())).generate(in))
        .resolved(booleans().generate(in)).build();
    Gen<org.gridgov.core.Element> organisation = in -> org.gridgov.core.Organisation.builder().id(id).name("组织" + id)
        .organisationKind(pick(List.of(org.gridgov.core.OrganisationKind.values())).generate(in)).build();
    return oneOf(person, house, object, affair, organisation);
  }

  /**
   * Assignments of each element to 0, 1, 2 or 3 basic grids of {@code basicGrids} (mostly 1),
   * sometimes repeating the same grid; returns the number of distinct grids per element id too.
   */
  public static Gen<java.util.Map<String, java.util.List<GridCode>>> placements(java.util.List<org.gridgov.core.Element> elements,
      java.util.List<GridCode> basicGrids) {
    return in -> {
      java.util.Map<String, java.util.List<GridCode>> out = new java.util.LinkedHashMap<>();
      for (org.gridgov.core.Element e : elements) {
        int roll = range(0, 9).generate(in);
        int n = basicGrids.isEmpty() ? 0 : roll < 6 ? 1 : roll < 8 ? 0 : roll == 8 ? 2 : 3;
        java.util.List<GridCode> grids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          grids.add(basicGrids.get(range(0, basicGrids.size() - 1).generate(in)));
        }
        out.put(e.id(), grids);
      }
      return out;
    };
  }
}
