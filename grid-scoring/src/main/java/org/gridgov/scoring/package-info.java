/**
 * Points, assessment and ranking (积分、考核、排名): the points ledger, indicators, rankings,
 * the monthly briefing and accountability. Arrives with its own issue.
 */
package org.gridgov.scoring;
