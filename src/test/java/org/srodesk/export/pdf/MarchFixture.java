package org.srodesk.export.pdf;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.persistence.TimeOffDao;

/**
 * A small district in March 2027 (1 March is a Monday) for the roster PDF tests. Weekdays are in
 * session except Friday 12 March ("Staff development day") and 29–31 March ("Spring break").
 * <ul>
 *   <li>CEN Central High: SRO Ofc. Thảo Nguyễn, on vacation 8–12 March (rover Cpl. José Peña covers
 *       8–11), sick 15–16 March (nobody covers: 911), in court 09:00–11:00 on 22 March;</li>
 *   <li>LIN Lincoln Elementary, zone North: Peña is its zone's only rover, so it has no rover on 8–11
 *       March while he covers CEN;</li>
 *   <li>WHS West High: no SRO posted; Ofc. Ana Øster is reassigned there by command 1–3 March;</li>
 *   <li>SOU South Middle, zone East, which has no rover: every rover of the district serves it.</li>
 * </ul>
 * Ids are 1, 2, 3, … in the order inserted, so a fresh database gives the same ids.
 */
public final class MarchFixture {

    public static final YearMonth MONTH = YearMonth.of(2027, 3);

    public final School central = new School(1, "CEN", "Central High School", SchoolLevel.HIGH, "1 Main St",
            "Dana Peña", "dana.pena@example.org", "(651) 555-0001", "North");
    public final School lincoln = new School(2, "LIN", "Lincoln Elementary", SchoolLevel.ELEMENTARY, "", "Lee Moua",
            "", "(651) 555-0002", "North");
    public final School west = new School(3, "WHS", "West High School", SchoolLevel.HIGH, "", "", "", "", "North");
    public final School south = new School(4, "SOU", "South Middle School", SchoolLevel.MIDDLE, "", "", "", "", "East");

    public final Officer sro = new Officer(1, "4711", "Nguyễn", "Thảo", "Ofc.", OfficerRole.PRIMARY_SRO,
            "(651) 555-0110", "thao.nguyen@example.org", "North");
    public final Officer rover = new Officer(2, "4802", "Peña", "José", "Cpl.", OfficerRole.ROVER,
            "(651) 555-0120", "jose.pena@example.org", "North");
    public final Officer southRover = new Officer(3, "4803", "Vang", "Kim", "Ofc.", OfficerRole.ROVER,
            "(651) 555-0130", "kim.vang@example.org", "South");
    public final Officer reassigned = new Officer(4, "4900", "Øster", "Ana", "Ofc.", OfficerRole.PRIMARY_SRO,
            "(651) 555-0140", "ana.oster@example.org", "North");

    public static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    public List<School> schools() {
        return List.of(central, lincoln, west, south);
    }

    public List<Officer> officers() {
        return List.of(sro, rover, southRover, reassigned);
    }

    public static List<CalendarDay> calendarDays() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 2, 1); !d.isAfter(LocalDate.of(2027, 4, 30)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            String note = d.equals(march(12)) ? "Staff development day"
                    : !d.isBefore(march(29)) && !d.isAfter(march(31)) ? "Spring break" : "";
            days.add(new CalendarDay(d, !weekend && note.isEmpty(), note));
        }
        return days;
    }

    public List<Assignment> assignments() {
        return List.of(new Assignment(1, sro.id(), central.id(), LocalDate.of(2026, 8, 1), null));
    }

    public List<TimeOffRequest> timeOff() {
        return List.of(
                timeOff(1, TimeOffKind.VACATION, march(8), march(12), null, null),
                timeOff(2, TimeOffKind.SICK, march(15), march(16), null, null),
                timeOff(3, TimeOffKind.COURT, march(22), march(22), LocalTime.of(9, 0), LocalTime.of(11, 0)));
    }

    private TimeOffRequest timeOff(long id, TimeOffKind kind, LocalDate from, LocalDate to, LocalTime start,
                                   LocalTime end) {
        return new TimeOffRequest(id, sro.id(), kind, from, to, start, end, TimeOffStatus.APPROVED, "",
                Instant.parse("2027-02-01T12:00:00Z"), "sgt", "sgt", Instant.parse("2027-02-02T12:00:00Z"), "ok", 0);
    }

    public List<Reassignment> reassignments() {
        return List.of(new Reassignment(1, reassigned.id(), march(1), march(3), west.id(), null, "Cmdr. Ray",
                "", "Staffing", ReassignmentStatus.ACTIVE, "sgt", Instant.parse("2027-02-20T12:00:00Z"), 0));
    }

    public List<CoverageAssignment> coverage() {
        List<CoverageAssignment> coverage = new ArrayList<>();
        for (int day = 8; day <= 11; day++) {
            coverage.add(new CoverageAssignment(day, rover.id(), central.id(), march(day), sro.id(), "sgt",
                    Instant.parse("2027-03-01T12:00:00Z")));
        }
        return coverage;
    }

    public RosterSnapshot snapshot() {
        return new RosterSnapshot(RosterMonth.period(MONTH), new SchoolCalendar(calendarDays()), officers(), schools(),
                assignments(), timeOff(), reassignments(), coverage());
    }

    public RosterMonth month() {
        return new RosterMonth(snapshot(), MONTH);
    }

    public static UnitContacts unit() {
        return new UnitContacts("Twin Rivers Public Schools", "Twin Rivers Police — SRO Unit", "Sgt. Mai Xiong",
                "(651) 555-0100", "mai.xiong@example.org", "Cmdr. Ray");
    }

    public RosterPage page(School school) {
        return month().page(school, unit(), LocalDate.of(2027, 2, 26));
    }

    /** Writes the district, its month and the unit settings into an empty database. */
    public void insertInto(Database database) {
        database.useTransaction(handle -> {
            for (School school : schools()) {
                check(handle.attach(SchoolDao.class).insert(school), school.id());
            }
            for (Officer officer : officers()) {
                check(handle.attach(OfficerDao.class).insert(officer), officer.id());
            }
            handle.attach(CalendarDao.class).insertAll(calendarDays());
            assignments().forEach(handle.attach(AssignmentDao.class)::insert);
            timeOff().forEach(handle.attach(TimeOffDao.class)::insert);
            reassignments().forEach(handle.attach(ReassignmentDao.class)::insert);
            coverage().forEach(handle.attach(CoverageDao.class)::insert);
            SettingsDao settings = handle.attach(SettingsDao.class);
            UnitContacts unit = unit();
            settings.put("district.name", unit.districtName());
            settings.put("unit.name", unit.unitName());
            settings.put("unit.sergeant.name", unit.sergeantName());
            settings.put("unit.sergeant.phone", unit.sergeantPhone());
            settings.put("unit.sergeant.email", unit.sergeantEmail());
            settings.put("unit.commander.name", unit.commanderName());
        });
    }

    private static void check(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("Fixture ids assume an empty database: got " + actual + ", not " + expected);
        }
    }
}
