package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatterCatalogueTest {
  static final String CATALOGUE = """
      {
        "departments": [ { "id": "urban-management", "name": "综合行政执法局" },
                         { "id": "housing", "name": "住房和城乡建设局" } ],
        "timeLimitClasses": [ { "id": "urgent", "name": "紧急件", "limit": { "amount": 2, "unit": "WORKING_HOURS" } },
                              { "id": "ordinary", "name": "一般件", "limit": { "amount": 5, "unit": "WORKING_DAYS" } } ],
        "matterTypes": [
          { "code": "city.illegal-parking", "name": "车辆乱停乱放", "owningDepartment": "urban-management",
            "matterClass": "ON_THE_SPOT", "timeLimitClass": "urgent" },
          { "code": "housing.leaking-roof", "name": "房屋漏水", "owningDepartment": "housing",
            "timeLimitClass": "ordinary" },
          { "code": "tax.audit", "name": "税务稽查", "owningDepartment": "housing", "admitted": false,
            "timeLimitClass": "ordinary" } ]
      }
      """;

  @Test
  void aCatalogueLoadsAndAnswersLookups() {
    MatterCatalogue c = MatterCatalogue.fromJson(CATALOGUE);
    MatterType parking = c.get("city.illegal-parking");
    assertThat(parking.matterClass()).isEqualTo(MatterClass.ON_THE_SPOT);
    assertThat(c.timeLimit(parking)).isEqualTo(TimeLimit.workingHours(2));
    assertThat(c.department(parking.owningDepartment()).name()).isEqualTo("综合行政执法局");
    assertThat(c.admitted()).extracting(MatterType::code).containsExactly("city.illegal-parking", "housing.leaking-roof");
    assertThat(c.ownedBy("housing")).hasSize(2);
  }

  @Test
  void anUnknownMatterTypeIsNotFound() {
    assertThatThrownBy(() -> MatterCatalogue.fromJson(CATALOGUE).get("city.ufo"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("matterType = \"city.ufo\"");
  }

  @Test
  void aMatterOwnedByAnUnknownDepartmentIsRefusedWithItsPath() {
    assertThatThrownBy(() -> MatterCatalogue.fromJson(CATALOGUE.replace("\"房屋漏水\", \"owningDepartment\": \"housing\"",
        "\"房屋漏水\", \"owningDepartment\": \"police\"")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.matterTypes[1].owningDepartment")
        .hasMessageContaining("police");
  }

  @Test
  void aZeroTimeLimitIsRefusedWithItsPath() {
    assertThatThrownBy(() -> MatterCatalogue.fromJson(CATALOGUE.replace("\"amount\": 2", "\"amount\": 0")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.timeLimitClasses[0].limit")
        .hasMessageContaining("at least 1");
  }

  @Test
  void theTimeLimitOfAForeignOrNullMatterTypeIsATypedError() {
    MatterCatalogue c = MatterCatalogue.fromJson(CATALOGUE);
    MatterType foreign = MatterType.builder().code("city.ufo").name("不明飞行物").owningDepartment("housing")
        .timeLimitClass("cosmic").build();
    assertThatThrownBy(() -> c.timeLimit(foreign))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("matterType = \"city.ufo\"");
    MatterType changed = MatterType.builder().from(c.get("housing.leaking-roof")).timeLimitClass("urgent").build();
    assertThatThrownBy(() -> c.timeLimit(changed)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> c.timeLimit(null))
        .isInstanceOfSatisfying(MissingValueException.class, e -> assertThat(e.attributes()).containsExactly("type"));
  }
}
