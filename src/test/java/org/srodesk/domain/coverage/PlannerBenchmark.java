package org.srodesk.domain.coverage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;

/**
 * Times the planner on a whole synthetic school year (not a test: run its {@code main}).
 * <ul>
 *   <li>"plan": {@link CoveragePlanner#plan} alone on a ready {@link CoverageProblem};</li>
 *   <li>"roster→problem": {@link CoverageProblemBuilder} alone;</li>
 *   <li>"roster→plan": {@link CoverageProblemBuilder} (need finding, rovers on duty) plus the plan,
 *       from a {@link RosterSnapshot} of the tier's size.</li>
 * </ul>
 * Tiers: large = 400 officers (100 rovers), 1,000 schools (250 high); xl = 5,000 officers
 * (1,000 rovers), 1,800 schools (450 high); xl-scarce = xl with only 60 rovers, so that most need-days
 * stay uncovered and every explanation path runs. About 5% of officer school-days are time off.
 */
public final class PlannerBenchmark {

    private static final String[] ZONES = {"North", "South", "East", "West"};
    private static final LocalDate START = LocalDate.of(2025, 9, 2);
    private static final LocalDate END = LocalDate.of(2026, 6, 5);

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        for (String tier : List.of("large", "xl", "xl-scarce")) {
            boolean xl = tier.startsWith("xl");
            int officers = xl ? 5_000 : 400;
            int rovers = tier.equals("xl-scarce") ? 60 : xl ? 1_000 : 100;
            int schools = xl ? 1_800 : 1_000;
            int high = xl ? 450 : 250;
            RosterSnapshot snapshot = snapshot(new Random(42), officers, rovers, schools, high);
            Map<Long, Integer> calls = new HashMap<>();
            Random rnd = new Random(7);
            snapshot.schools().keySet().forEach(id -> calls.put(id, rnd.nextInt(200)));
            Supplier<CoverageProblem> build = () -> CoverageProblemBuilder.fromRoster(snapshot, calls,
                    CoverageSettings.DEFAULTS, List.of(), List.of(), START);
            CoverageProblem problem = build.get();
            CoveragePlan plan = new CoveragePlanner().plan(problem);
            System.out.printf("%s: %d school days, %d rovers, %d blocks, %d need-days, covered %d (weight %d), uncovered %d%n",
                    tier, snapshot.calendar().schoolDays(snapshot.period()).size(), problem.rovers().size(),
                    problem.blocks().size(), problem.needDays().size(), plan.totals().covered(),
                    plan.totals().weightedCovered(), plan.totals().uncovered());
            time(tier + " plan", runs, () -> new CoveragePlanner().plan(problem));
            time(tier + " roster→problem", runs, build::get);
            time(tier + " roster→plan", runs, () -> new CoveragePlanner().plan(build.get()));
        }
    }

    private static void time(String label, int runs, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-24s median %7.1f ms  min %7.1f ms  max %7.1f ms  (%d runs)%n",
                label, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }

    static RosterSnapshot snapshot(Random rnd, int officerCount, int roverCount, int schoolCount, int highCount) {
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = LocalDate.of(2025, 12, 22); d.isBefore(LocalDate.of(2026, 1, 2)); d = d.plusDays(1)) {
            holidays.add(d);
        }
        for (LocalDate d = LocalDate.of(2026, 3, 23); d.isBefore(LocalDate.of(2026, 3, 28)); d = d.plusDays(1)) {
            holidays.add(d);
        }
        holidays.add(LocalDate.of(2025, 11, 27));
        holidays.add(LocalDate.of(2025, 11, 28));
        for (LocalDate d = START; !d.isAfter(END); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            days.add(new CalendarDay(d, !weekend && !holidays.contains(d), ""));
        }
        SchoolCalendar calendar = new SchoolCalendar(days);
        List<LocalDate> schoolDays = calendar.schoolDays(DateRange.of(START, END));
        List<School> schools = new ArrayList<>();
        for (long id = 1; id <= schoolCount; id++) {
            SchoolLevel level = id <= highCount ? SchoolLevel.HIGH : SchoolLevel.values()[1 + (int) (id % 3)];
            schools.add(new School(id, "S" + id, "School " + id, level, "", "", "", "", ZONES[(int) (id % ZONES.length)]));
        }
        List<Officer> officers = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        List<TimeOffRequest> timeOff = new ArrayList<>();
        long requestId = 1;
        for (long id = 1; id <= officerCount; id++) {
            boolean rover = id <= roverCount;
            officers.add(new Officer(id, "B" + id, "Officer" + id, "Pat", "Ofc.",
                    rover ? OfficerRole.ROVER : OfficerRole.PRIMARY_SRO, "", "", ZONES[(int) (id % ZONES.length)]));
            if (!rover) {
                long school = 1 + (id - roverCount - 1) % schoolCount;
                assignments.add(new Assignment(id, id, school, START, null));
            }
            // About 5% of the officer's school days off, in stretches of 1 to 8 school days.
            int off = 0;
            while (off < schoolDays.size() / 20) {
                int length = 1 + rnd.nextInt(8);
                int first = rnd.nextInt(schoolDays.size() - length);
                timeOff.add(new TimeOffRequest(requestId++, id, TimeOffKind.VACATION, schoolDays.get(first),
                        schoolDays.get(first + length - 1), null, null, TimeOffStatus.APPROVED, "", Instant.EPOCH,
                        "", "", Instant.EPOCH, "", 0));
                off += length;
            }
        }
        return new RosterSnapshot(DateRange.of(START, END), calendar, officers, schools, assignments, timeOff,
                List.of(), List.of());
    }
}
