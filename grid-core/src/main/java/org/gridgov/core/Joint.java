package org.gridgov.core;

/**
 * One of the ten joints (十联) of the comprehensive ↔ police grid fusion (双格融合): a task the
 * staff of the two fused grids do together (article 004, 荷城社区: "基础信息联采、安全隐患联排、
 * 矛盾纠纷联调、基层反邪联抓、社区禁毒联推、重点人员联控、特殊人群联管、治安防范联巡、群众求助联帮、
 * 防范教育联宣"). A place declares which it runs in its {@link GridFusion}; the ecological new town
 * names three of its eight (八联, article 000: 情报信息联采、群众求助联处、防范教育联宣).
 */
public enum Joint {
  /** 基础信息联采: base information collected jointly. */
  BASE_INFORMATION("基础信息联采"),
  /** 安全隐患联排: hazards checked jointly. */
  HAZARDS("安全隐患联排"),
  /** 矛盾纠纷联调: disputes mediated jointly. */
  DISPUTES("矛盾纠纷联调"),
  /** 基层反邪联抓: anti-cult work done jointly. */
  ANTI_CULT("基层反邪联抓"),
  /** 社区禁毒联推: drug control promoted jointly. */
  DRUG_CONTROL("社区禁毒联推"),
  /** 重点人员联控: key persons managed jointly. */
  KEY_PERSONS("重点人员联控"),
  /** 特殊人群联管: special groups looked after jointly. */
  SPECIAL_GROUPS("特殊人群联管"),
  /** 治安防范联巡: patrols done jointly. */
  PATROLS("治安防范联巡"),
  /** 群众求助联帮: residents' calls for help answered jointly. */
  HELP("群众求助联帮"),
  /** 防范教育联宣: prevention education given jointly. */
  PREVENTION_EDUCATION("防范教育联宣");

  private final String chineseName;

  Joint(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name the articles use, for example 矛盾纠纷联调. */
  public String chineseName() {
    return chineseName;
  }
}
