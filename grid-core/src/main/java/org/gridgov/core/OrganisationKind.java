package org.gridgov.core;

/** What an organisation is (组织类别). */
public enum OrganisationKind {
  /** 网格党支部: a party branch. */
  PARTY_BRANCH,
  /** 网格党小组: a party group. */
  PARTY_GROUP,
  /** 党委 / 党总支: a party committee. */
  PARTY_COMMITTEE,
  /** 企业: an enterprise. */
  ENTERPRISE,
  /** 物业服务企业: a property-management company. */
  PROPERTY_COMPANY,
  /** 业主委员会: an owners' committee. */
  OWNERS_COMMITTEE,
  /** 社会组织: a social organisation. */
  SOCIAL_ORGANISATION,
  /** 共建单位 / 驻区单位: a co-building unit that pairs with the community. */
  CO_BUILDING_UNIT
}
