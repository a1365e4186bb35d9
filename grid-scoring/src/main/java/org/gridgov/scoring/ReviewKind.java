package org.gridgov.scoring;

/**
 * The regular reviews of the rhythm (常态化调度, article 002: "社区大党委每月听取汇报,街道党工委每季度
 * 调度,包抓社区领导每半年调研,街道党工委对“社工委”组织进行半年综合考评"), each over a period kind.
 */
public enum ReviewKind {
  /** 每月听取汇报: the community party committee hears a report every month. */
  MONTHLY_REPORT(PeriodKind.MONTH, "每月听取汇报"),
  /** 每季度调度: the street party working committee schedules every quarter. */
  QUARTERLY_SCHEDULING(PeriodKind.QUARTER, "每季度调度"),
  /** 每半年调研: the leader in charge of the community visits every half-year. */
  HALF_YEAR_VISIT(PeriodKind.HALF_YEAR, "每半年调研"),
  /** 半年综合考评: the street assesses the community's committee every half-year. */
  HALF_YEAR_ASSESSMENT(PeriodKind.HALF_YEAR, "半年综合考评");

  private final PeriodKind period;
  private final String chineseName;

  ReviewKind(PeriodKind period, String chineseName) {
    this.period = period;
    this.chineseName = chineseName;
  }

  /** The period each review covers. */
  public PeriodKind period() {
    return period;
  }

  /** The name the article uses. */
  public String chineseName() {
    return chineseName;
  }
}
