package org.srodesk.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
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
import org.srodesk.persistence.TimeOffDao;

/**
 * A small unit in March 2026, inserted in a fresh database so ids are 1..n in the order below.
 *
 * <pre>
 * schools  1 CEN Central High, 2 HAR Harding High, 3 JOH Johnson High, 4 RAM Ramsey Middle, 5 BEN Benson Elementary
 * officers 1 Lee, Pat (1001, CEN, North)     vacation approved 9–13 Mar by Sgt. Olson
 *          2 Garcia, Ana (1002, HAR, East)   reassigned to Patrol 16–20 Mar by Cmdr. Hayes
 *          3 Nguyen, Tam (1003, JOH, South)  sick leave requested (pending) 4 Mar
 *          4 Okafor, Ben (2001, rover, North) covers CEN 9–10 Mar for Lee
 *          5 Berg, Kim (2002, rover, East)
 * calendar Feb–Apr 2026, weekdays in session except spring break 23–27 Mar
 * </pre>
 */
public final class RosterFixture {

    public static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    public static final DateRange MARCH = DateRange.monthOf(MARCH_2);
    public static final long LEE = 1, GARCIA = 2, NGUYEN = 3, OKAFOR = 4, BERG = 5;
    public static final long CEN = 1, HAR = 2, JOH = 3, RAM = 4, BEN = 5;
    private static final Instant WHEN = Instant.parse("2026-02-20T15:00:00Z");

    private RosterFixture() {
    }

    public static List<School> schools() {
        return List.of(
                school(CEN, "CEN", "Central High", SchoolLevel.HIGH, "North"),
                school(HAR, "HAR", "Harding High", SchoolLevel.HIGH, "East"),
                school(JOH, "JOH", "Johnson High", SchoolLevel.HIGH, "South"),
                school(RAM, "RAM", "Ramsey Middle", SchoolLevel.MIDDLE, "South"),
                school(BEN, "BEN", "Benson Elementary", SchoolLevel.ELEMENTARY, "East"));
    }

    public static List<Officer> officers() {
        return List.of(
                officer(LEE, "1001", "Lee", "Pat", OfficerRole.PRIMARY_SRO, "North"),
                officer(GARCIA, "1002", "Garcia", "Ana", OfficerRole.PRIMARY_SRO, "East"),
                officer(NGUYEN, "1003", "Nguyen", "Tam", OfficerRole.PRIMARY_SRO, "South"),
                officer(OKAFOR, "2001", "Okafor", "Ben", OfficerRole.ROVER, "North"),
                officer(BERG, "2002", "Berg", "Kim", OfficerRole.ROVER, "East"));
    }

    public static List<Assignment> assignments() {
        LocalDate start = LocalDate.of(2025, 8, 1);
        return List.of(new Assignment(1, LEE, CEN, start, null), new Assignment(2, GARCIA, HAR, start, null),
                new Assignment(3, NGUYEN, JOH, start, null));
    }

    public static List<TimeOffRequest> timeOff() {
        return List.of(
                new TimeOffRequest(1, LEE, TimeOffKind.VACATION, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                        null, null, TimeOffStatus.APPROVED, "Family trip", WHEN, "plee", "Sgt. Olson",
                        WHEN.plusSeconds(3600), "Approved: rover cover arranged", 0),
                new TimeOffRequest(2, NGUYEN, TimeOffKind.SICK, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4),
                        null, null, TimeOffStatus.REQUESTED, "", WHEN, "tnguyen", null, null, "", 0));
    }

    public static List<Reassignment> reassignments() {
        return List.of(new Reassignment(1, GARCIA, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), null,
                "Patrol", "Cmdr. Hayes", "CO-2026-014", "Staffing shortage", ReassignmentStatus.ACTIVE, "sgt.olson",
                WHEN, 0));
    }

    public static List<CoverageAssignment> coverage() {
        return List.of(new CoverageAssignment(1, OKAFOR, CEN, LocalDate.of(2026, 3, 9), LEE, "sgt.olson", WHEN),
                new CoverageAssignment(2, OKAFOR, CEN, LocalDate.of(2026, 3, 10), LEE, "sgt.olson", WHEN));
    }

    public static List<CalendarDay> calendar() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 2, 1); d.isBefore(LocalDate.of(2026, 5, 1)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean springBreak = !d.isBefore(LocalDate.of(2026, 3, 23)) && !d.isAfter(LocalDate.of(2026, 3, 27));
            days.add(new CalendarDay(d, !weekend && !springBreak, springBreak ? "Spring break" : ""));
        }
        return days;
    }

    /** The fixture as a snapshot of {@code period}, without a database. */
    public static RosterSnapshot snapshot(DateRange period) {
        return new RosterSnapshot(period, new SchoolCalendar(calendar()), officersSortedByName(), schools(),
                assignments(), timeOff(), reassignments(), coverage());
    }

    private static List<Officer> officersSortedByName() {
        return officers().stream().sorted(java.util.Comparator.comparing(Officer::lastName)).toList();
    }

    /** Inserts the fixture into a fresh, empty database. */
    public static void insertInto(Database database) {
        database.useTransaction(h -> {
            SchoolDao schools = h.attach(SchoolDao.class);
            schools().forEach(schools::insert);
            OfficerDao officers = h.attach(OfficerDao.class);
            officers().forEach(officers::insert);
            h.attach(CalendarDao.class).insertAll(calendar());
            AssignmentDao assignments = h.attach(AssignmentDao.class);
            assignments().forEach(assignments::insert);
            TimeOffDao timeOff = h.attach(TimeOffDao.class);
            timeOff().forEach(timeOff::insert);
            ReassignmentDao reassignments = h.attach(ReassignmentDao.class);
            reassignments().forEach(reassignments::insert);
            CoverageDao coverage = h.attach(CoverageDao.class);
            coverage().forEach(coverage::insert);
        });
    }

    /** A fresh in-memory database holding the fixture. */
    public static Database database(String name) {
        return database(Backend.H2, name);
    }

    /** A fresh database of {@code backend} holding the fixture. */
    public static Database database(Backend backend, String name) {
        Database database = TestDatabases.open(backend, name);
        insertInto(database);
        return database;
    }

    private static School school(long id, String code, String name, SchoolLevel level, String zone) {
        return new School(id, code, name, level, "1 Main St", "Principal " + code, code.toLowerCase() + "@district.test",
                "651-555-0100", zone);
    }

    private static Officer officer(long id, String badge, String last, String first, OfficerRole role, String zone) {
        return new Officer(id, badge, last, first, "Ofc.", role, "651-555-01" + badge.substring(2), badge + "@police.test", zone);
    }
}
