package org.gridgov.workflow;

/**
 * Where a ticket came in (诉求来源渠道): the "six ones" (六个一) of the articles, a residents' meeting,
 * the app, video patrols, the one-key call for help, and the grid worker's own patrol.
 */
public enum Channel {
  /** 一访: a door-to-door visit (入户走访). */
  VISIT,
  /** 一线: the service hotline (服务热线). */
  HOTLINE,
  /** 一箱: the residents' mailbox, online or offline (民情信箱). */
  MAILBOX,
  /** 一群: a residents' chat group (党群连心群). */
  CHAT_GROUP,
  /** 一机: the liaison's or the elderly-care phone (民情联络员手机、老人关爱手机). */
  PHONE,
  /** 一本: the grid worker's diary of residents' concerns (民情日记本). */
  DIARY,
  /** 说事/议事: raised at a residents' meeting (百姓说事点、协商议事会). */
  MEETING,
  /** A resident's or worker's app (e.g. 甘心办). */
  APP,
  /** 视频巡查: spotted on a video patrol. */
  VIDEO_PATROL,
  /** 一键呼叫: the one-key call for help of a smart wristband. */
  ONE_KEY_CALL,
  /** 网格巡查: found by the grid worker on patrol. */
  PATROL
}
