package org.gridgov.core;

import java.util.List;

/**
 * How a place runs one of the ten joints (联动事项): the joint, the department that leads it (牵头单位),
 * the departments that assist (协同单位) and the matter types that fall under it — a ticket of such
 * a type is shared by both fused layers and handled jointly. Article 004: 街道综治中心 and 城北派出所
 * lead, 荷城社区 assists.
 *
 * @param joint which of the ten
 * @param lead the id of the leading department in the matter catalogue
 * @param assisting the ids of the assisting departments, without the lead, each once
 * @param matterTypes the matter types handled jointly under this joint (may be empty: a joint
 *     without tickets, such as patrols)
 */
public record JointTask(Joint joint, String lead, List<String> assisting, List<String> matterTypes) {
  public JointTask {
    if (joint == null) {
      throw new MissingValueException("joint");
    }
    if (lead == null) {
      throw new MissingValueException("lead");
    }
    if (assisting == null) {
      throw new MissingValueException("assisting");
    }
    if (matterTypes == null) {
      throw new MissingValueException("matterTypes");
    }
    for (int i = 0; i < assisting.size(); i++) {
      if (assisting.get(i) == null) {
        throw new MissingValueException("assisting[" + i + "]");
      }
    }
    for (int i = 0; i < matterTypes.size(); i++) {
      if (matterTypes.get(i) == null) {
        throw new MissingValueException("matterTypes[" + i + "]");
      }
    }
    assisting = List.copyOf(assisting);
    matterTypes = List.copyOf(matterTypes);
  }
}
