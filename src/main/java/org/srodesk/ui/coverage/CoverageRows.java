package org.srodesk.ui.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.School;
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.CoverageSource;
import org.srodesk.domain.coverage.DayReserve;
import org.srodesk.domain.coverage.NeedDay;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.UncoveredNeed;
import org.srodesk.service.PlannedPeriod;
import org.srodesk.ui.common.CountLabels;
import org.srodesk.ui.common.DateLabels;
import org.srodesk.ui.common.OfficerNames;

/** Turns a planned period into the screen's rows: schools → absence blocks → need-days, and the reserve strip. */
final class CoverageRows {

    private CoverageRows() {
    }

    static List<CoverageRow> tree(PlannedPeriod planned) {
        Map<NeedDay, PlannedCoverage> covered = new HashMap<>();
        planned.plan().assignments().forEach(c -> covered.put(c.need(), c));
        Map<NeedDay, UncoveredNeed> uncovered = new HashMap<>();
        planned.plan().uncovered().forEach(u -> uncovered.put(u.need(), u));

        Map<String, List<AbsenceBlock>> bySchool = new TreeMap<>();
        for (AbsenceBlock block : planned.blocks()) {
            if (!block.needDates().isEmpty()) {
                String key = block.schoolCode() + "#" + block.schoolId();
                bySchool.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
            }
        }
        List<CoverageRow> schools = new ArrayList<>();
        for (List<AbsenceBlock> blocks : bySchool.values()) {
            blocks.sort(Comparator.comparing(AbsenceBlock::first).thenComparing(AbsenceBlock::id));
            List<CoverageRow> blockRows = new ArrayList<>();
            for (AbsenceBlock block : blocks) {
                blockRows.add(blockRow(planned, block, covered, uncovered));
            }
            long schoolId = blocks.get(0).schoolId();
            int days = blockRows.stream().mapToInt(b -> b.children().size()).sum();
            int open = (int) blockRows.stream().flatMap(b -> b.children().stream()).filter(CoverageRow::uncovered).count();
            schools.add(new CoverageRow(CoverageRow.Kind.SCHOOL, schoolLabel(planned, schoolId), "",
                    "", "", tally(days, open), open > 0, schoolId, null, null, blockRows));
        }
        return schools;
    }

    private static CoverageRow blockRow(PlannedPeriod planned, AbsenceBlock block, Map<NeedDay, PlannedCoverage> covered,
                                        Map<NeedDay, UncoveredNeed> uncovered) {
        List<CoverageRow> days = new ArrayList<>();
        Set<String> rovers = new LinkedHashSet<>();
        int open = 0;
        for (NeedDay need : block.needDays()) {
            PlannedCoverage c = covered.get(need);
            String day = DateLabels.dayColumn(need.date());
            if (c != null) {
                String rover = roverName(planned, c.roverId());
                rovers.add(rover);
                days.add(new CoverageRow(CoverageRow.Kind.DAY, day, "", rover,
                        sourceLabel(c.source()), c.why(), false, need.schoolId(), block, need, List.of()));
            } else {
                UncoveredNeed u = uncovered.get(need);
                open++;
                days.add(new CoverageRow(CoverageRow.Kind.DAY, day, "", CoverageRow.NO_SRO,
                        "", u == null ? "" : u.explanation(), true, need.schoolId(), block, need, List.of()));
            }
        }
        String rover = rovers.size() == 1 ? rovers.iterator().next()
                : rovers.isEmpty() ? "" : CountLabels.of(rovers.size(), "rover");
        return new CoverageRow(CoverageRow.Kind.BLOCK, absenceLabel(planned, block),
                DateLabels.range(DateRange.of(block.first(), block.last())), rover, "", tally(days.size(), open),
                open > 0, block.schoolId(), block, null, days);
    }

    /** "Ofc. Linh Nguyen — Vacation", "Vacant post", "Added by hand: Graduation". */
    static String absenceLabel(PlannedPeriod planned, AbsenceBlock block) {
        String who = block.absentOfficerId() == 0 ? ""
                : planned.officer(block.absentOfficerId()).map(OfficerNames::formal).orElse("Officer " + block.absentOfficerId());
        return switch (block.reason()) {
            case TIME_OFF -> who + " — " + (block.timeOffKind() == null ? "time off" : block.timeOffKind().label());
            case REASSIGNED -> who + " — reassigned";
            case VACANT -> "Vacant post";
            case MANUAL -> "Added by hand" + (block.note().isBlank() ? "" : ": " + block.note());
        };
    }

    static String schoolLabel(PlannedPeriod planned, long schoolId) {
        return planned.school(schoolId).map(CoverageRows::schoolLabel).orElse("School " + schoolId);
    }

    static String schoolLabel(School school) {
        return school.code() + " · " + school.name();
    }

    static String roverName(PlannedPeriod planned, long roverId) {
        return planned.officer(roverId).map(OfficerNames::formal).orElse("Rover " + roverId);
    }

    private static String tally(int days, int open) {
        String text = CountLabels.of(days, "need-day");
        return open == 0 ? text + ", all covered" : text + ", " + open + " call 911";
    }

    static String sourceLabel(CoverageSource source) {
        return switch (source) {
            case ACCEPTED -> CoverageRow.SOURCE_ACCEPTED;
            case PINNED -> CoverageRow.SOURCE_PINNED;
            case PROPOSED -> CoverageRow.SOURCE_PROPOSED;
        };
    }

    /** One tile per school day of the period, in date order. */
    static List<ReserveTile> reserves(PlannedPeriod planned) {
        List<ReserveTile> tiles = new ArrayList<>();
        for (DayReserve r : planned.plan().reserves()) {
            if (planned.period().contains(r.date())) {
                boolean atMinimum = r.free() <= r.required();
                tiles.add(new ReserveTile(r.date(), DateLabels.dayColumn(r.date()), r.onDuty(), r.covering(), r.free(),
                        r.required(), atMinimum));
            }
        }
        tiles.sort(Comparator.comparing(ReserveTile::date));
        return tiles;
    }
}
