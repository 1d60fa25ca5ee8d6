package org.srodesk.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoveragePlanner;
import org.srodesk.domain.coverage.CoverageProblem;
import org.srodesk.domain.coverage.CoverageProblemBuilder;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.RosterService;

/**
 * The coverage planner over the 2025–26 school year of a demo district: the data fetch (roster
 * snapshot and 90 days of calls for service) and the planning (need finding, rover supply, plan).
 * The fetch is the baseline for the plan: the ratio says what planning costs next to reading its data.
 */
final class PlannerYearBenchmark {

    static final DateRange YEAR = new DateRange(LocalDate.of(2025, 9, 2), LocalDate.of(2026, 6, 10));

    static List<Result> run(Database database, String tier, int runs) throws Exception {
        RosterService roster = new RosterService(database);
        LocalDate today = YEAR.start();
        Stats fetch = Measure.time(1, runs, () -> fetch(database, roster, today));
        Fetched data = fetch(database, roster, today);
        Stats plan = Measure.time(2, runs, () -> planFrom(data, today));
        CoveragePlan result = planFrom(data, today);
        String note = String.format("%,d need-days, %,d covered, %,d uncovered", result.totals().covered()
                + result.totals().uncovered(), result.totals().covered(), result.totals().uncovered());
        return List.of(
                Result.of("planner: data fetch for a school year", tier, fetch, ""),
                Result.against("planner: plan a school year", tier, plan, "data fetch", fetch, note));
    }

    record Fetched(RosterSnapshot snapshot, Map<Long, Integer> calls) {
    }

    static Fetched fetch(Database database, RosterService roster, LocalDate today) {
        RosterSnapshot snapshot = roster.loadSnapshot(YEAR);
        Map<Long, Integer> calls = new HashMap<>();
        for (CallsForService c : database.withHandle(h -> h.attach(CallsForServiceDao.class)
                .findBetween(today.minusDays(90), today.minusDays(1)))) {
            calls.merge(c.schoolId(), c.count(), Integer::sum);
        }
        return new Fetched(snapshot, calls);
    }

    static CoveragePlan planFrom(Fetched data, LocalDate today) {
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(data.snapshot(), data.calls(),
                CoverageSettings.DEFAULTS, List.of(), List.of(), today);
        return new CoveragePlanner().plan(problem);
    }

    private PlannerYearBenchmark() {
    }
}
