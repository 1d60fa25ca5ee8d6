package org.srodesk.domain.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.srodesk.domain.CallsForService;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoveragePlanner;
import org.srodesk.domain.coverage.CoverageProblemBuilder;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.ManualNeed;

/**
 * The rover-count what-if: re-runs the {@link CoveragePlanner} over the period's real absences, once
 * on the roster as it is ("current") and once on the roster changed by {@link WhatIfRoster}, and
 * compares the two. Pure; nothing is written.
 *
 * <p>Both sides are planned the same way, so the difference is the changes' alone:
 * <ul>
 *   <li>the whole period is planned ({@code today} = the period's first day), so a past period
 *       is replayed as if it were being planned: "what would these absences have cost";</li>
 *   <li>accepted coverage is kept as the planner keeps it (a pin), unless its rover is gone;</li>
 *   <li>schools are weighted by their calls for service <em>in the period</em>, so the planner
 *       covers the schools the commander's measure counts;</li>
 *   <li>the plan is laid over the roster as if accepted and the figures are computed by
 *       {@link DeploymentCalculator} through the one day-status rule.</li>
 * </ul>
 * "Days below reserve" counts, per school day, whether a reserve group had fewer than R rovers
 * free; the groups are the zones of both sides' rovers when the reserve is per zone.
 */
public final class DeploymentWhatIf {

    private DeploymentWhatIf() {
    }

    /**
     * @param snapshot    the roster of the period, loaded with K school days of margin
     * @param calls       calls for service of the period
     * @param manualNeeds the sergeant's saved manual needs of the period
     */
    public static WhatIfComparison compare(RosterSnapshot snapshot, List<CallsForService> calls,
                                           CoverageSettings settings, List<ManualNeed> manualNeeds,
                                           List<DeploymentChange> changes) {
        Map<Long, Long> weights = new HashMap<>();
        for (CallsForService c : calls) {
            if (snapshot.period().contains(c.date())) {
                weights.merge(c.schoolId(), (long) c.count(), Long::sum);
            }
        }
        CoveragePlan currentPlan = plan(snapshot, weights, settings, manualNeeds);
        WhatIfRoster.Result changed = WhatIfRoster.apply(snapshot, changes, currentPlan);
        CoveragePlan whatIfPlan = plan(changed.snapshot(), weights, settings, manualNeeds);
        Set<String> zones = new TreeSet<>();
        snapshot.officers().stream().filter(Officer::isRover).map(Officer::zone).forEach(zones::add);
        changed.snapshot().officers().stream().filter(Officer::isRover).map(Officer::zone).forEach(zones::add);
        boolean perZone = settings.reservePerZone() && zones.stream().anyMatch(z -> !z.isBlank());
        return new WhatIfComparison(changes, changed.notes(),
                outcome(snapshot, currentPlan, calls, settings, perZone, zones),
                outcome(changed.snapshot(), whatIfPlan, calls, settings, perZone, zones));
    }

    /** The roster re-planned over its whole period with the given weights (exposed for the review's "as planned" view). */
    public static CoveragePlan plan(RosterSnapshot snapshot, Map<Long, Long> weights, CoverageSettings settings,
                                    List<ManualNeed> manualNeeds) {
        return new CoveragePlanner().plan(CoverageProblemBuilder.fromRoster(snapshot, weights, settings, manualNeeds,
                List.of(), snapshot.period().start()));
    }

    private static ScenarioOutcome outcome(RosterSnapshot snapshot, CoveragePlan plan, List<CallsForService> calls,
                                           CoverageSettings settings, boolean perZone, Set<String> zones) {
        DeploymentFigures figures = DeploymentCalculator.compute(RosterParts.withPlan(snapshot, plan), calls, perZone);
        int rovers = (int) snapshot.officers().stream().filter(Officer::isRover).count();
        return new ScenarioOutcome(figures, plan, snapshot.officers().size(), rovers,
                plan.totals().covered() + plan.totals().uncovered(), plan.totals().uncovered(),
                figures.totals().noSroHighSchoolDays(),
                figures.daysBelowReserve(settings.reserveRovers(), perZone, zones),
                figures.totals().callsWithoutOfficer());
    }
}
