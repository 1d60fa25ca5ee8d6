package org.srodesk.domain.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;

/**
 * The roster of one period, ready to show: every officer's row of {@link DayStatus}es (resolved
 * once, by {@link org.srodesk.domain.DayStatusRule} through the snapshot), which days are in
 * session, and the unit totals per day. Immutable; filtering returns a new list and never
 * resolves statuses again.
 */
public final class RosterModel {

    private final RosterSnapshot snapshot;
    private final List<LocalDate> days;
    private final boolean[] inSession;
    private final List<RosterRow> rows;
    private final List<DayTotals> totals;

    private RosterModel(RosterSnapshot snapshot) {
        this.snapshot = snapshot;
        DateRange period = snapshot.period();
        this.days = period.stream().toList();
        this.inSession = new boolean[days.size()];
        for (int i = 0; i < days.size(); i++) {
            inSession[i] = snapshot.calendar().isInSession(days.get(i));
        }
        List<RosterRow> built = new ArrayList<>(snapshot.officers().size());
        for (Officer officer : snapshot.officers()) {
            built.add(new RosterRow(officer, homeSchool(officer), snapshot.statusesOf(officer.id())));
        }
        this.rows = Collections.unmodifiableList(built);
        this.totals = computeTotals();
    }

    /** Resolves every officer-day of the snapshot's period. */
    public static RosterModel of(RosterSnapshot snapshot) {
        return new RosterModel(snapshot);
    }

    private School homeSchool(Officer officer) {
        for (LocalDate day : days) {
            var school = snapshot.homeSchool(officer.id(), day);
            if (school.isPresent()) {
                return school.get();
            }
        }
        return null;
    }

    private List<DayTotals> computeTotals() {
        List<School> highSchools = snapshot.schools().values().stream().filter(School::isHigh).toList();
        List<DayTotals> result = new ArrayList<>(days.size());
        Set<Long> occupied = new HashSet<>();
        for (int d = 0; d < days.size(); d++) {
            if (!inSession[d]) {
                result.add(new DayTotals(days.get(d), false, 0, 0, 0));
                continue;
            }
            occupied.clear();
            int atSchools = 0;
            int roversFree = 0;
            for (RosterRow row : rows) {
                DayStatus status = row.status(d);
                if (status.isAtSchool()) {
                    atSchools++;
                    occupied.add(status.schoolId());
                } else if (status.kind() == DayStatusKind.ROVER_DUTY) {
                    roversFree++;
                }
            }
            int uncovered = 0;
            for (School school : highSchools) {
                if (!occupied.contains(school.id())) {
                    uncovered++;
                }
            }
            result.add(new DayTotals(days.get(d), true, atSchools, roversFree, uncovered));
        }
        return Collections.unmodifiableList(result);
    }

    public RosterSnapshot snapshot() {
        return snapshot;
    }

    public DateRange period() {
        return snapshot.period();
    }

    public List<LocalDate> days() {
        return days;
    }

    public boolean isInSession(int dayIndex) {
        return inSession[dayIndex];
    }

    /** Index of {@code day} in {@link #days()}, or -1 outside the period. */
    public int indexOf(LocalDate day) {
        return period().contains(day) ? (int) (day.toEpochDay() - period().start().toEpochDay()) : -1;
    }

    /** Every officer's row, in the snapshot's order (last name, first name, badge). */
    public List<RosterRow> rows() {
        return rows;
    }

    public List<RosterRow> rows(RosterFilter filter) {
        if (filter.equals(RosterFilter.ALL)) {
            return rows;
        }
        Map<Long, School> schools = snapshot.schools();
        return rows.stream().filter(row -> filter.matches(row, schools)).toList();
    }

    public List<DayTotals> totals() {
        return totals;
    }

    /** The zones officers belong to, sorted, without blanks — for the zone filter. */
    public List<String> zones() {
        Set<String> zones = new TreeSet<>();
        for (RosterRow row : rows) {
            if (!row.officer().zone().isBlank()) {
                zones.add(row.officer().zone());
            }
        }
        return List.copyOf(zones);
    }
}
