package org.srodesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything needed to say where every officer is during a period, indexed by officer, with
 * {@link DayStatusRule} applied on demand. Built once per loaded period; immutable.
 */
public final class RosterSnapshot {

    private final DateRange period;
    private final SchoolCalendar calendar;
    private final Map<Long, Officer> officers;
    private final Map<Long, School> schools;
    private final Map<Long, DayStatusRule.OfficerSchedule> schedules;

    public RosterSnapshot(DateRange period, SchoolCalendar calendar, Collection<Officer> officers,
                          Collection<School> schools, Collection<Assignment> assignments,
                          Collection<TimeOffRequest> timeOff, Collection<Reassignment> reassignments,
                          Collection<CoverageAssignment> coverage) {
        this.period = period;
        this.calendar = calendar;
        this.officers = officers.stream().collect(Collectors.toMap(Officer::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.schools = schools.stream().collect(Collectors.toMap(School::id, Function.identity()));
        Map<Long, List<Assignment>> byOfficerAssignments = group(assignments, Assignment::officerId);
        Map<Long, List<TimeOffRequest>> byOfficerTimeOff = group(timeOff, TimeOffRequest::officerId);
        Map<Long, List<Reassignment>> byOfficerReassignments = group(reassignments, Reassignment::officerId);
        Map<Long, List<CoverageAssignment>> byOfficerCoverage = group(coverage, CoverageAssignment::roverId);
        this.schedules = new HashMap<>();
        for (Officer officer : this.officers.values()) {
            long id = officer.id();
            schedules.put(id, new DayStatusRule.OfficerSchedule(
                    byOfficerAssignments.getOrDefault(id, List.of()),
                    byOfficerTimeOff.getOrDefault(id, List.of()),
                    byOfficerReassignments.getOrDefault(id, List.of()),
                    byOfficerCoverage.getOrDefault(id, List.of())));
        }
    }

    private static <T> Map<Long, List<T>> group(Collection<T> items, Function<T, Long> key) {
        Map<Long, List<T>> map = new HashMap<>();
        for (T item : items) {
            map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    public DateRange period() {
        return period;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    /** Officers in the order given at construction. */
    public Collection<Officer> officers() {
        return officers.values();
    }

    public Map<Long, School> schools() {
        return schools;
    }

    public Optional<Officer> officer(long id) {
        return Optional.ofNullable(officers.get(id));
    }

    public DayStatusRule.OfficerSchedule schedule(long officerId) {
        return schedules.getOrDefault(officerId, DayStatusRule.OfficerSchedule.EMPTY);
    }

    /** Where {@code officerId} is on {@code day}. */
    public DayStatus statusOf(long officerId, LocalDate day) {
        Officer officer = officers.get(officerId);
        if (officer == null) {
            throw new IllegalArgumentException("Officer " + officerId + " is not in this roster");
        }
        return DayStatusRule.resolve(officer, day, calendar, schedule(officerId), schools);
    }

    /** The officer's statuses for every day of the period, in order. */
    public DayStatus[] statusesOf(long officerId) {
        DayStatus[] row = new DayStatus[(int) period.days()];
        LocalDate day = period.start();
        for (int i = 0; i < row.length; i++, day = day.plusDays(1)) {
            row[i] = statusOf(officerId, day);
        }
        return row;
    }

    /** The school an officer is posted to on {@code day} by assignment, ignoring absences. */
    public Optional<School> homeSchool(long officerId, LocalDate day) {
        for (Assignment assignment : schedule(officerId).assignments()) {
            if (assignment.covers(day)) {
                return Optional.ofNullable(schools.get(assignment.schoolId()));
            }
        }
        return Optional.empty();
    }
}
