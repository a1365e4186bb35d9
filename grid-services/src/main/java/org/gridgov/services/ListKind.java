package org.gridgov.services;

/** The three lists (三项清单) residents' input is sorted into (article 002). */
public enum ListKind {
  /** 资源清单: what residents, units and volunteers offer (skills, rooms, time). */
  RESOURCE("资源清单"),
  /** 需求清单: what residents need (help at home, a repair, advice). */
  NEED("需求清单"),
  /** 项目清单: work done for many at once (微网格服务项目), often from several needs. */
  PROJECT("项目清单");

  private final String chineseName;

  ListKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name the article uses. */
  public String chineseName() {
    return chineseName;
  }
}
