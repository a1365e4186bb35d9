package org.gridgov.services;

/** Where an item of the three lists stands (清单状态). */
public enum ItemStatus {
  /** 待办 / 可用: a need not taken up yet, a resource on offer, a project planned. */
  OPEN,
  /** 办理中: a need with volunteers, a ticket or a project; a project under way. */
  IN_PROGRESS,
  /** 已完成: done (销号). */
  DONE,
  /** 已撤回: withdrawn by the resident or the owner. */
  WITHDRAWN;

  /** True for DONE and WITHDRAWN: nothing more happens to the item. */
  public boolean isFinal() {
    return this == DONE || this == WITHDRAWN;
  }
}
