package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;

/**
 * Assembles a {@link CoverageProblem} from a roster, so callers need not: the needs
 * ({@link NeedFinder}), every rover with its zone, the rovers on duty on each school day of the
 * period (rover duty, or covering by accepted coverage — {@link org.srodesk.domain.DayStatusRule}
 * decides), and the accepted coverage in the period.
 */
public final class CoverageProblemBuilder {

    private CoverageProblemBuilder() {
    }

    /**
     * @param callsForService calls in the last 90 days per school id (whole calls; fractions are rounded)
     * @param manualNeeds     needs the sergeant added by hand
     * @param pins            the sergeant's pins for this plan
     * @param today           days before it are history
     */
    public static CoverageProblem fromRoster(RosterSnapshot snapshot, Map<Long, ? extends Number> callsForService,
                                             CoverageSettings settings, List<ManualNeed> manualNeeds,
                                             List<CoveragePin> pins, LocalDate today) {
        List<AbsenceBlock> blocks = NeedFinder.find(snapshot, settings, manualNeeds);
        Map<Long, Long> weights = new HashMap<>();
        callsForService.forEach((school, calls) -> weights.put(school, Math.max(0, Math.round(calls.doubleValue()))));
        List<Rover> rovers = new ArrayList<>();
        List<CoverageAssignment> accepted = new ArrayList<>();
        for (Officer officer : snapshot.officers()) {
            if (officer.isRover()) {
                rovers.add(new Rover(officer.id(), officer.displayName(), officer.zone()));
                for (CoverageAssignment c : snapshot.schedule(officer.id()).coverage()) {
                    if (snapshot.period().contains(c.date())) {
                        accepted.add(c);
                    }
                }
            }
        }
        rovers.sort(Comparator.comparingLong(Rover::id));
        Set<LocalDate> days = new HashSet<>(snapshot.calendar().schoolDays(snapshot.period()));
        blocks.forEach(b -> days.addAll(b.needDates()));
        Map<LocalDate, Set<Long>> onDuty = new HashMap<>();
        for (LocalDate day : days) {
            Set<Long> ids = new HashSet<>();
            for (Rover rover : rovers) {
                DayStatusKind kind = snapshot.statusOf(rover.id(), day).kind();
                if (kind == DayStatusKind.ROVER_DUTY || kind == DayStatusKind.COVERING) {
                    ids.add(rover.id());
                }
            }
            onDuty.put(day, ids);
        }
        return new CoverageProblem(blocks, weights, rovers, onDuty, accepted, pins, today, settings);
    }
}
