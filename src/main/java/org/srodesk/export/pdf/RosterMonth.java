package org.srodesk.export.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;

/**
 * One month of the roster, indexed by school, from which every school's {@link RosterPage} is
 * built. Where each officer is on each day comes from the snapshot's {@code DayStatusRule} — the
 * same rule the roster screen and the coverage planner use — resolved once per officer-day here,
 * so a district of 1,800 schools costs one pass over its officers, not one per school.
 *
 * <p>Immutable after construction and safe to share between rendering threads.
 */
public final class RosterMonth {

    /** An officer at a school on a day, with the status that puts them there. */
    record Presence(Officer officer, DayStatus status) {
    }

    /** A school's SROs in order: the one posted there on most days first; a tie goes to the lower id. */
    private static final Comparator<Map.Entry<Long, Integer>> MOST_DAYS_THEN_LOWEST_ID =
            Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey);

    private final RosterSnapshot snapshot;
    private final YearMonth month;
    private final List<LocalDate> dates;
    private final Map<Long, DayStatus[]> statuses = new HashMap<>();
    private final Map<Long, List<List<Presence>>> presentBySchool = new HashMap<>();
    private final Map<Long, List<Officer>> sroBySchool = new HashMap<>();
    private final Map<String, List<Officer>> roversByZone = new HashMap<>();
    private final List<Officer> allRovers = new ArrayList<>();
    private final Map<String, List<List<Officer>>> onDutyByZone = new ConcurrentHashMap<>();

    /**
     * Indexes {@code month} of {@code snapshot}.
     *
     * @throws IllegalArgumentException if the snapshot's period does not contain the whole month
     */
    public RosterMonth(RosterSnapshot snapshot, YearMonth month) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.month = Objects.requireNonNull(month, "month");
        DateRange range = period(month);
        if (!snapshot.period().contains(range.start()) || !snapshot.period().contains(range.end())) {
            throw new IllegalArgumentException("The roster loaded " + snapshot.period() + ", not all of " + month);
        }
        this.dates = range.stream().toList();
        Map<Long, Map<Long, Integer>> postedDays = new HashMap<>();
        for (Officer officer : snapshot.officers()) {
            DayStatus[] row = new DayStatus[dates.size()];
            for (int i = 0; i < row.length; i++) {
                LocalDate day = dates.get(i);
                row[i] = snapshot.statusOf(officer.id(), day);
                if (row[i].isAtSchool()) {
                    presentBySchool.computeIfAbsent(row[i].schoolId(), k -> emptyDays(dates.size()))
                            .get(i).add(new Presence(officer, row[i]));
                }
                if (!officer.isRover()) {
                    snapshot.homeSchool(officer.id(), day).ifPresent(school -> postedDays
                            .computeIfAbsent(school.id(), k -> new HashMap<>()).merge(officer.id(), 1, Integer::sum));
                }
            }
            statuses.put(officer.id(), row);
            if (officer.isRover()) {
                allRovers.add(officer);
                roversByZone.computeIfAbsent(officer.zone(), k -> new ArrayList<>()).add(officer);
            }
        }
        postedDays.forEach((schoolId, days) -> sroBySchool.put(schoolId, days.entrySet().stream()
                .sorted(MOST_DAYS_THEN_LOWEST_ID)
                .map(entry -> snapshot.officer(entry.getKey()).orElseThrow())
                .toList()));
        Comparator<Officer> byName = Comparator.comparing(Officer::lastName).thenComparing(Officer::firstName)
                .thenComparing(Officer::badge);
        allRovers.sort(byName);
        roversByZone.values().forEach(list -> list.sort(byName));
    }

    /** The days a snapshot must cover for {@code month}. */
    public static DateRange period(YearMonth month) {
        return DateRange.of(month.atDay(1), month.atEndOfMonth());
    }

    private static List<List<Presence>> emptyDays(int size) {
        List<List<Presence>> days = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            days.add(new ArrayList<>(1));
        }
        return days;
    }

    public YearMonth month() {
        return month;
    }

    /** The schools of the district, in code order. */
    public List<School> schools() {
        return snapshot.schools().values().stream().sorted(Comparator.comparing(School::code)).toList();
    }

    /** The school with code {@code code}, if the district has it. */
    public Optional<School> school(String code) {
        return snapshot.schools().values().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The roster page of {@code school}, dated {@code generatedOn}. */
    public RosterPage page(School school, UnitContacts unit, LocalDate generatedOn) {
        return new SchoolMonth(this, school).page(unit, generatedOn);
    }

    // ---- what SchoolMonth reads ---------------------------------------------------------------

    List<LocalDate> dates() {
        return dates;
    }

    boolean inSession(LocalDate day) {
        return snapshot.calendar().isInSession(day);
    }

    String calendarNote(LocalDate day) {
        return snapshot.calendar().note(day);
    }

    /** Who is physically at {@code schoolId} on day index {@code i} (own SRO, covering rover, reassigned). */
    List<Presence> present(long schoolId, int i) {
        List<List<Presence>> days = presentBySchool.get(schoolId);
        return days == null ? List.of() : days.get(i);
    }

    DayStatus status(long officerId, int i) {
        return statuses.get(officerId)[i];
    }

    /** The primary SROs posted to the school on some day of the month, most days first. */
    List<Officer> sros(long schoolId) {
        return sroBySchool.getOrDefault(schoolId, List.of());
    }

    /** True when the officer's posting on {@code day} is {@code schoolId}. */
    boolean postedTo(long officerId, long schoolId, LocalDate day) {
        return snapshot.homeSchool(officerId, day).map(s -> s.id() == schoolId).orElse(false);
    }

    /** The rovers of {@code zone}, or every rover when the zone has none; by name. */
    List<Officer> roversFor(String zone) {
        List<Officer> zoneRovers = roversByZone.get(zone);
        return zoneRovers == null || zoneRovers.isEmpty() ? allRovers : zoneRovers;
    }

    RosterSnapshot snapshot() {
        return snapshot;
    }

    /** The rovers of {@link #roversFor(String) zone} on rover duty on day index {@code i}. */
    List<Officer> roversOnDuty(String zone, int i) {
        return onDutyByZone.computeIfAbsent(zone, z -> {
            List<Officer> rovers = roversFor(z);
            List<List<Officer>> days = new ArrayList<>(dates.size());
            for (int d = 0; d < dates.size(); d++) {
                int day = d;
                days.add(rovers.stream()
                        .filter(r -> status(r.id(), day).kind() == DayStatusKind.ROVER_DUTY).toList());
            }
            return days;
        }).get(i);
    }
}
