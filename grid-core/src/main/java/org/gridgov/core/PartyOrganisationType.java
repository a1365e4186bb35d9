package org.gridgov.core;

/** The party organisation of a grid (网格党组织). */
public enum PartyOrganisationType {
  /** 网格党支部: a party branch, three or more members. */
  BRANCH,
  /** 网格党小组: a party group, fewer members, attached to a branch above. */
  GROUP
}
