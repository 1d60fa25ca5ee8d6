package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.srodesk.domain.CoverageAssignment;

/**
 * Everything the {@link CoveragePlanner} needs, independent of where it came from. Build it from
 * a roster with {@link CoverageProblemBuilder}, or by hand in tests.
 *
 * @param blocks        the needs, grouped into absence blocks (see {@link NeedFinder})
 * @param schoolWeights calls for service in the last 90 days per school id; missing means 0
 * @param rovers        every rover, with zone
 * @param roversOnDuty  per day, the ids of rovers on duty (rover duty, or covering by an accepted
 *                      assignment); a day without an entry has no rover on duty
 * @param accepted      coverage already accepted; before {@code today} it is fixed history, from
 *                      {@code today} on it is kept like a pin
 * @param pins          the sergeant's pins for this plan
 * @param today         days before it are history and never planned
 */
public record CoverageProblem(List<AbsenceBlock> blocks, Map<Long, Long> schoolWeights, List<Rover> rovers,
                              Map<LocalDate, Set<Long>> roversOnDuty, List<CoverageAssignment> accepted,
                              List<CoveragePin> pins, LocalDate today, CoverageSettings settings) {

    public CoverageProblem {
        blocks = List.copyOf(blocks);
        schoolWeights = Map.copyOf(schoolWeights);
        rovers = List.copyOf(rovers);
        Map<LocalDate, Set<Long>> duty = new HashMap<>();
        roversOnDuty.forEach((day, ids) -> duty.put(day, Set.copyOf(ids)));
        roversOnDuty = Map.copyOf(duty);
        accepted = List.copyOf(accepted);
        pins = List.copyOf(pins);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
        for (long weight : schoolWeights.values()) {
            if (weight < 0) {
                throw new IllegalArgumentException("Calls for service cannot be negative: " + weight);
            }
        }
    }

    public long weightOf(long schoolId) {
        return schoolWeights.getOrDefault(schoolId, 0L);
    }

    public Set<Long> roversOnDuty(LocalDate day) {
        return roversOnDuty.getOrDefault(day, Set.of());
    }

    /** All need-days of all blocks. */
    public List<NeedDay> needDays() {
        List<NeedDay> all = new ArrayList<>();
        for (AbsenceBlock block : blocks) {
            all.addAll(block.needDays());
        }
        return all;
    }

    /** The same problem cut down to one day (blocks keep only that day; history stays history). */
    public CoverageProblem onlyDay(LocalDate day) {
        List<AbsenceBlock> cut = new ArrayList<>();
        for (AbsenceBlock b : blocks) {
            if (b.needDates().contains(day)) {
                cut.add(new AbsenceBlock(b.id(), b.schoolId(), b.schoolCode(), b.schoolZone(), b.absentOfficerId(),
                        b.reason(), b.timeOffKind(), b.first(), b.last(), List.of(day), b.note()));
            }
        }
        Map<LocalDate, Set<Long>> duty = new HashMap<>();
        duty.put(day, roversOnDuty(day));
        return new CoverageProblem(cut, schoolWeights, rovers, duty,
                accepted.stream().filter(a -> a.date().equals(day)).toList(),
                pins.stream().filter(p -> p.isBlockPin() || p.date().equals(day)).toList(), today, settings);
    }

    /** The same problem with one more block (e.g. a hypothetical absence being checked). */
    public CoverageProblem withBlock(AbsenceBlock extra) {
        List<AbsenceBlock> more = new ArrayList<>(blocks);
        more.add(extra);
        return new CoverageProblem(more, schoolWeights, rovers, roversOnDuty, accepted, pins, today, settings);
    }
}
