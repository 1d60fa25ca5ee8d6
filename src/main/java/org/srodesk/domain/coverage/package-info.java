/**
 * Rover coverage for high schools whose primary SRO is away — pure domain code, no UI, no SQL.
 *
 * <p>Flow: {@link org.srodesk.domain.coverage.NeedFinder} turns a
 * {@link org.srodesk.domain.RosterSnapshot} into absence blocks of need-days;
 * {@link org.srodesk.domain.coverage.CoverageProblemBuilder} adds the rovers on duty per day,
 * accepted coverage, calls-for-service weights, pins and "today";
 * {@link org.srodesk.domain.coverage.CoveragePlanner} returns a
 * {@link org.srodesk.domain.coverage.CoveragePlan} — assignments with a reason each, uncovered
 * need-days with a reason and a sentence, the reserve per day and zone, pin conflicts and totals.
 * {@link org.srodesk.domain.coverage.AvailabilityCheck} answers "is a rover free for school S on
 * day D?" with the same rules.
 *
 * <p>The algorithm, why objective (1) — weighted covered need-days — is solved exactly, and what
 * objectives (2)–(4) guarantee are set out on {@link org.srodesk.domain.coverage.CoveragePlanner}.
 */
package org.srodesk.domain.coverage;
