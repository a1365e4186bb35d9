package org.gridgov.core;

/** Special groups grid workers look after (特殊人群: 一老一少、鳏寡孤独、残疾人). */
public enum SpecialGroup {
  /** 独居老人: an elderly person living alone. */
  ELDERLY_LIVING_ALONE("独居老人"),
  /** 高龄老人: a person of advanced age. */
  ELDERLY("高龄老人"),
  /** 留守儿童: a child left behind by parents working elsewhere. */
  LEFT_BEHIND_CHILD("留守儿童"),
  /** 困境儿童 / 未成年人: a minor in need of care (一少). */
  MINOR_IN_NEED("困境儿童"),
  /** 鳏寡: a widower or widow. */
  WIDOWED("鳏寡老人"),
  /** 孤: an orphan. */
  ORPHAN("孤儿"),
  /** 独: an elderly person without children. */
  CHILDLESS_ELDERLY("无子女老人"),
  /** 残疾人: a person with disabilities. */
  DISABLED("残疾人"),
  /** 低保 / 困难群众: a household on subsistence allowance. */
  LOW_INCOME("低保户");

  private final String chineseName;

  SpecialGroup(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name grid workers use, for example 独居老人. */
  public String chineseName() {
    return chineseName;
  }
}
