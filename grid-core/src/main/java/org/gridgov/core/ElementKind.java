package org.gridgov.core;

/** The five kinds of element a grid covers (全要素: 人、地/房、物、事、组织). */
public enum ElementKind {
  /** 人: residents, registered and floating population, special groups, key persons. */
  PERSON,
  /** 地/房: buildings, units and houses, rental houses. */
  HOUSE,
  /** 物: facilities, public components, hazards. */
  OBJECT,
  /** 事: events, disputes, residents' requests. */
  AFFAIR,
  /** 组织: party organisations, enterprises, property companies, owners' committees, co-building units. */
  ORGANISATION
}
