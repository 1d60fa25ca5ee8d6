package org.srodesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RecordedManualNeed;
import org.srodesk.domain.School;
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoverageProblem;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.NeedDay;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.Rover;

/**
 * A planned period as the coverage screen shows it: the plan, the problem it solves (blocks,
 * rovers, who is on duty), the schools and officers to name, the saved manual needs and the
 * settings used. Immutable.
 */
public record PlannedPeriod(DateRange period, LocalDate today, CoverageSettings settings, CoveragePlan plan,
                            CoverageProblem problem, Map<Long, School> schools, Map<Long, Officer> officers,
                            List<RecordedManualNeed> manualNeeds) {

    public PlannedPeriod {
        schools = Map.copyOf(schools);
        officers = Map.copyOf(officers);
        manualNeeds = List.copyOf(manualNeeds);
    }

    public List<AbsenceBlock> blocks() {
        return problem.blocks();
    }

    public Optional<Officer> officer(long id) {
        return Optional.ofNullable(officers.get(id));
    }

    public Optional<School> school(long id) {
        return Optional.ofNullable(schools.get(id));
    }

    /**
     * Rovers who could be pinned to {@code need}: on duty that day and covering nothing else (the
     * planner still checks the reserve). Rovers of the school's zone first, then by name.
     */
    public List<Rover> roversFreeFor(NeedDay need) {
        return roversFreeOn(List.of(need.date()), need.blockId(), need.schoolZone());
    }

    /** Rovers free on every day of {@code block} from today on; see {@link #roversFreeFor(NeedDay)}. */
    public List<Rover> roversFreeFor(AbsenceBlock block) {
        List<LocalDate> days = block.needDates().stream().filter(d -> !d.isBefore(today)).toList();
        return days.isEmpty() ? List.of() : roversFreeOn(days, block.id(), block.schoolZone());
    }

    private List<Rover> roversFreeOn(List<LocalDate> days, String blockId, String zone) {
        Map<LocalDate, Set<Long>> busy = new HashMap<>();
        for (PlannedCoverage c : plan.assignments()) {
            if (!c.need().blockId().equals(blockId)) {
                busy.computeIfAbsent(c.date(), d -> new HashSet<>()).add(c.roverId());
            }
        }
        List<Rover> free = new ArrayList<>();
        for (Rover rover : problem.rovers()) {
            boolean ok = true;
            for (LocalDate day : days) {
                if (!problem.roversOnDuty(day).contains(rover.id())
                        || busy.getOrDefault(day, Set.of()).contains(rover.id())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                free.add(rover);
            }
        }
        free.sort(Comparator.<Rover>comparingInt(r -> r.zone().equals(zone) ? 0 : 1).thenComparing(Rover::name));
        return free;
    }
}
