package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The bad inputs the foundation must refuse, each with a typed error naming field, value and rule. */
class BadInputTest {
  private static final GridScheme SCHEME = GridSchemes.nationalDivisions();

  @Test
  void malformedJsonNamesWhereItBroke() {
    InvalidSchemeException e = catchThrowableOfType(InvalidSchemeException.class,
        () -> GridSchemes.fromJson("{ \"id\": \"x\", \"levels\": [ { \"id\": \"a\" ]"));
    assertThat(e.jsonPath()).startsWith("$");
    assertThat(e.rule()).contains("malformed scheme JSON").contains("line 1");
  }

  @Test
  void anUnknownLevelNamesTheGridTheLevelAndTheSchemesLevels() {
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class,
        () -> GridTree.builder(SCHEME).add(Grid.of(GridCode.parse("11"), "北京市", 1))
            .add(Grid.of(GridCode.parse("110101001001001"), "不存在的第六级", 6)).build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.UNKNOWN_LEVEL);
    assertThat(e.field()).isEqualTo("grids[110101001001001].level");
    assertThat(e.value()).isEqualTo("6");
    assertThat(e.rule()).contains("levels 1 to 5");
    InvalidInputException byId = catchThrowableOfType(InvalidInputException.class, () -> SCHEME.levelNumber("district"));
    assertThat(byId.field()).isEqualTo("level");
    assertThat(byId.rule()).contains("province");
  }

  @Test
  void seventeenDigitsWithAWrongCheckCharacterAreRefusedMasked() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ResidentId.parse("370811199001011234"));
    assertThat(e.field()).isEqualTo("idNumber");
    assertThat(e.value()).isEqualTo("3708**********1234");
    assertThat(e.rule()).contains("check character");
  }

  @Test
  void aCodeWithLettersNamesThePosition() {
    InvalidCodeException e = catchThrowableOfType(InvalidCodeException.class, () -> CodeLayout.standard().parse("3708I1002"));
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.value()).isEqualTo("3708I1002");
    assertThat(e.position()).isEqualTo(5);
  }

  @Test
  void aCycleInParentLinksNamesTheGridsOnIt() {
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class, () -> GridTree.builder(SCHEME)
        .add(Grid.of(GridCode.parse("11"), "北京市", 1))
        .add(Grid.builder().code(GridCode.parse("1101")).name("a").level(2).build())
        .add(Grid.builder().code(GridCode.parse("110101")).name("b").level(3).parent(GridCode.parse("110101001")).build())
        .add(Grid.builder().code(GridCode.parse("110101001")).name("c").level(4).parent(GridCode.parse("110101")).build())
        .build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.CYCLE);
    assertThat(e.rule()).contains("110101 -> 110101001 -> 110101");
  }

  @Test
  void aMissingBuilderAttributeIsATypedError() {
    MissingValueException e = catchThrowableOfType(MissingValueException.class,
        () -> Grid.builder().code(GridCode.parse("11")).level(1).build());
    assertThat(e.attributes()).containsExactly("name");
    assertThat(e).isInstanceOf(GridGovException.class);
  }

  @Test
  void aMissingFileIsNotFoundNamingThePath() {
    java.nio.file.Path missing = java.nio.file.Path.of("target", "no-such-dir", "scheme.json");
    NotFoundException scheme = catchThrowableOfType(NotFoundException.class, () -> GridSchemes.fromJson(missing));
    assertThat(scheme.getMessage()).contains("file", missing.toString(), "no such file");
    NotFoundException grids = catchThrowableOfType(NotFoundException.class,
        () -> GridCsv.readTree(missing, GridSchemes.nationalDivisions()));
    assertThat(grids.getMessage()).contains(missing.toString());
    assertThat(catchThrowableOfType(NotFoundException.class, () -> MatterCatalogue.fromJson(missing)).getMessage())
        .contains(missing.toString());
    GridTree tree = GridTree.builder(GridSchemes.nationalDivisions()).add(Grid.of(GridCode.parse("11"), "北京市", 1)).build();
    assertThat(catchThrowableOfType(NotFoundException.class, () -> RosterCsv.read(missing, tree)).getMessage())
        .contains(missing.toString());
    assertThatThrownBy(() -> RosterCsv.read((java.nio.file.Path) null, tree)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void aTableThatIsNotUtf8IsRefusedAndAByteOrderMarkIsSkipped() throws Exception {
    GridScheme scheme = GridSchemes.nationalDivisions();
    String table = "code,name,level\n11,北京市,1\n";
    byte[] gbk = table.getBytes(java.nio.charset.Charset.forName("GBK"));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> GridCsv.readTree(new java.io.ByteArrayInputStream(gbk), scheme));
    assertThat(e.getMessage()).contains("csv", "UTF-8");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("gbk", ".csv");
    try {
      java.nio.file.Files.write(file, gbk);
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> GridCsv.readTree(file, scheme))).isNotNull();
    } finally {
      java.nio.file.Files.delete(file);
    }
    byte[] withBom = ("\uFEFF" + table).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    GridTree tree = GridCsv.readTree(new java.io.ByteArrayInputStream(withBom), scheme);
    assertThat(tree.get(GridCode.parse("11")).name()).isEqualTo("北京市");
  }

  private static void assertMissing(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String argument) {
    MissingValueException e = catchThrowableOfType(MissingValueException.class, call);
    assertThat(e).as("MissingValueException naming " + argument).isNotNull();
    assertThat(e.attributes()).containsExactly(argument);
    assertThat(e.getMessage()).contains(argument);
  }

  @Test
  void nullArgumentsAreMissingValuesNamingTheArgument() {
    CodeLayout layout = CodeLayout.standard();
    GridCode code = GridCode.parse("110101");
    assertMissing(() -> layout.depthOf(null), "code");
    assertMissing(() -> layout.format(null), "code");
    assertMissing(() -> layout.parent(null), "code");
    assertMissing(() -> layout.segmentValue(null, 1), "code");
    assertMissing(() -> code.isPrefixOf(null), "other");
    assertMissing(() -> Grid.of(code, "东城区", 3).isValidOn(null), "date");
    assertMissing(() -> StaffingRules.preset(null), "id");
    assertMissing(() -> RoleRequirement.exactly(null, 1), "role");
    assertMissing(() -> RoleRequirement.atLeast(null, 1), "role");
    assertMissing(() -> Principal.of("u1", PrincipalKind.values()[0], (GridCode) null), "roots[0]");
    assertMissing(() -> Principal.of("u1", PrincipalKind.values()[0], (GridCode[]) null), "roots");
  }

  @Test
  void problemRecordsAndExceptionsRefuseBadParts() {
    InvalidInputException none = catchThrowableOfType(InvalidInputException.class,
        () -> new InvalidTreeException(java.util.List.of(), 0));
    assertThat(none.field()).isEqualTo("problems");
    assertThat(none.rule()).contains("at least one problem");
    TreeProblem p = new TreeProblem(TreeProblem.Kind.CYCLE, GridCode.parse("11"), "parent", "11", "a cycle");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> new InvalidTreeException(java.util.List.of(p), 0))
        .field()).isEqualTo("total");
    assertThat(new InvalidTreeException(java.util.List.of(p), 3).getMessage()).contains("grids[11].parent", "2 more");
    assertMissing(() -> new ElementCoverageProblem(ElementCoverageProblem.Kind.UNASSIGNED, "x", null), "grids");
    assertMissing(() -> new ElementCoverageProblem(null, "x", java.util.List.of()), "kind");
    assertMissing(() -> new ElementCoverageProblem(ElementCoverageProblem.Kind.UNKNOWN_GRID, "x",
        java.util.Arrays.asList(GridCode.parse("11"), null)), "grids[1]");
  }

  @Test
  void addAllWithANullGridAddsNothing() {
    Grid beijing = Grid.of(GridCode.parse("11"), "北京市", 1);
    GridTree.Builder builder = GridTree.builder(SCHEME);
    assertMissing(() -> builder.addAll(java.util.Arrays.asList(beijing, null)), "grids[1]");
    GridTree tree = builder.add(Grid.of(GridCode.parse("12"), "天津市", 1)).build();
    assertThat(tree.size()).isEqualTo(1);
    assertThat(tree.findNode(beijing.code())).isEmpty();
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
      String value, String rule) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("InvalidInputException for " + field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.rule()).contains(rule);
  }

  @Test
  void factoriesEnforceTheirOwnConstraints() {
    assertInvalid(() -> Role.of("Bad Id!", "网格员"), "id", "Bad Id!", "lower-case");
    assertInvalid(() -> Role.of("ok", " "), "name", " ", "must not be blank");
    assertInvalid(() -> Department.of("", "城管"), "id", "", "must not be blank");
    assertInvalid(() -> Layer.of("X Y", "层"), "id", "X Y", "lower-case");
    assertInvalid(() -> GridKind.of("urban", ""), "name", "", "must not be blank");
    assertInvalid(() -> TimeLimitClass.of("Urgent", "紧急", TimeLimit.workingHours(2)), "id", "Urgent", "lower-case");
    assertInvalid(() -> GridLevel.builder().id("grid").name("网格").codeWidth(0).build(), "codeWidth", "0", "at least 1");
    assertInvalid(() -> RoleRequirement.atLeast(Role.GRID_WORKER, -3), "min", "-3", "must not be negative");
    assertInvalid(() -> MatterType.builder().code("A B").name("x").owningDepartment("d").timeLimitClass("t").build(),
        "code", "A B", "lower-case");
    assertInvalid(() -> PartyOrganisationRule.builder().branchMinimumMembers(1).build(),
        "branchMinimumMembers", "1", "at least 2");
    assertInvalid(() -> StaffingRule.builder().id("r").name("").build(), "name", "", "must not be blank");
  }

  /** A regression guard: the checks above must not lose the JSON path of a nested value. */
  @Test
  void nestedConstraintsStillNameTheirJsonPath() {
    InvalidSchemeException e = catchThrowableOfType(InvalidSchemeException.class, () -> GridSchemes.fromJson("""
        { "id": "s", "name": "s", "levels": [ { "id": "grid", "name": "网格", "codeWidth": 0, "basic": true } ],
          "layers": [ { "id": "comprehensive", "name": "综合网格" } ] }
        """));
    assertThat(e.jsonPath()).isEqualTo("$.levels[0].codeWidth");
    assertThat(e.value()).isEqualTo("0");
    InvalidInputException c = catchThrowableOfType(InvalidInputException.class, () -> MatterCatalogue.fromJson("""
        { "departments": [ { "id": "d", "name": "" } ], "timeLimitClasses": [], "matterTypes": [] }
        """));
    assertThat(c.field()).isEqualTo("$.departments[0].name");
  }
}
