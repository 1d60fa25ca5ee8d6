package org.srodesk.domain.deployment;

import org.srodesk.domain.coverage.CoveragePlan;

/**
 * One side of a what-if: the roster re-planned by the coverage planner, and its figures.
 *
 * @param rovers                    rovers in the unit
 * @param needDays                  high-school need-days the planner saw (extended absences, vacant posts)
 * @param uncoveredNeedDays         of those, the ones left without a rover
 * @param uncoveredHighSchoolDays   high-school days with no SRO on site and no covering rover (911),
 *                                  short absences included
 * @param daysBelowReserve          school days on which some reserve group had fewer than R rovers free
 * @param callsWithoutOfficer       calls for service at schools on their days without an officer
 */
public record ScenarioOutcome(DeploymentFigures figures, CoveragePlan plan, int officers, int rovers,
                              int needDays, int uncoveredNeedDays, int uncoveredHighSchoolDays,
                              int daysBelowReserve, long callsWithoutOfficer) {
}
