package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.coverage.AvailabilityCheck;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.RoverAvailability;

/**
 * Who covers a high school on the school days its primary SRO is away: accepted rover coverage
 * first; otherwise the rover the planner's {@link AvailabilityCheck} finds free; otherwise nobody
 * (the school calls 911). Used by the COVERAGE finding and by the principal's notice, so both say
 * the same thing.
 */
public final class SchoolCoverage {

    private SchoolCoverage() {
    }

    public static List<CoverageDay> forDays(RosterSnapshot snapshot, Map<Long, ? extends Number> callsForService,
                                            CoverageSettings settings, School school, List<LocalDate> schoolDays) {
        List<CoverageDay> result = new ArrayList<>();
        for (LocalDate day : schoolDays) {
            Optional<Officer> accepted = acceptedRover(snapshot, school.id(), day);
            if (accepted.isPresent()) {
                result.add(new CoverageDay(day, accepted, true,
                        accepted.get().displayName() + " is assigned to cover " + school.code() + "."));
                continue;
            }
            RoverAvailability availability = AvailabilityCheck.isRoverFree(snapshot, callsForService, settings,
                    school.id(), day);
            Optional<Officer> rover = availability.free() && !availability.roverIds().isEmpty()
                    ? snapshot.officer(availability.roverIds().get(0)) : Optional.empty();
            result.add(new CoverageDay(day, rover, false, availability.explanation()));
        }
        return result;
    }

    private static Optional<Officer> acceptedRover(RosterSnapshot snapshot, long schoolId, LocalDate day) {
        for (Officer officer : snapshot.officers()) {
            for (CoverageAssignment coverage : snapshot.schedule(officer.id()).coverage()) {
                if (coverage.schoolId() == schoolId && coverage.date().equals(day)) {
                    return Optional.of(officer);
                }
            }
        }
        return Optional.empty();
    }
}
