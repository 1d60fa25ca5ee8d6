package org.srodesk.testing;

import org.srodesk.domain.account.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.service.Actor;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;

/**
 * A real database (in-memory H2, or PostgreSQL: {@link Backend}) for time-off tests: school year 2025-26 calendar from September to
 * June (weekdays in session, spring break 16–20 March 2026), Central High with principal Dr. Ames,
 * primary SRO Pat Lee posted there, two rovers (so one is free beyond the reserve of one), the
 * sergeant's contact in settings. "Today" is 1 February 2026.
 */
public final class TimeOffFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    public static final DateRange SPRING_BREAK = DateRange.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20));
    public static final Actor SERGEANT = new Actor("sgt.olson", "Sgt. Olson", Role.SERGEANT);

    public final Database database;
    public final Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    public final TimeOffSettingsService settings;
    public final TimeOffService service;
    public final long lee;
    public final long roverA;
    public final long roverB;
    public final long central;

    /** On an in-memory H2 database. */
    public TimeOffFixture() {
        this(Backend.H2);
    }

    /** On a fresh database of {@code backend}. */
    public TimeOffFixture(Backend backend) {
        this(TestDatabases.open(backend, "timeoff"));
    }

    /** Into {@code database}, fresh and empty (a file database, say, for tests that back it up); closed with the fixture. */
    public TimeOffFixture(Database database) {
        this.database = database;
        settings = new TimeOffSettingsService(database);
        service = new TimeOffService(database, settings, clock);
        List<CalendarDay> days = new ArrayList<>();
        DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)).stream().forEach(d -> {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            days.add(new CalendarDay(d, weekday && !SPRING_BREAK.contains(d), SPRING_BREAK.contains(d) ? "Spring break" : ""));
        });
        long[] ids = database.inTransaction(h -> {
            h.attach(CalendarDao.class).insertAll(days);
            long school = h.attach(SchoolDao.class).insert(new School(0, "CEN", "Central High", SchoolLevel.HIGH, "",
                    "Dr. Ames", "ames@school.test", "651-555-0100", "East"));
            OfficerDao officers = h.attach(OfficerDao.class);
            long primary = officers.insert(new Officer(0, "4127", "Lee", "Pat", "Ofc.", OfficerRole.PRIMARY_SRO,
                    "651-555-0101", "lee@police.test", "East"));
            long a = officers.insert(new Officer(0, "5001", "Diaz", "Ana", "Ofc.", OfficerRole.ROVER, "651-555-0202", "", "East"));
            long b = officers.insert(new Officer(0, "5002", "Moe", "Kim", "Ofc.", OfficerRole.ROVER, "651-555-0303", "", "East"));
            h.attach(AssignmentDao.class).insert(new Assignment(0, primary, school, LocalDate.of(2025, 8, 1), null));
            SettingsDao s = h.attach(SettingsDao.class);
            s.put(TimeOffSettingsService.SERGEANT_NAME, "Sgt. Olson");
            s.put(TimeOffSettingsService.SERGEANT_PHONE, "651-555-0199");
            s.put(TimeOffSettingsService.SERGEANT_EMAIL, "olson@police.test");
            return new long[] {school, primary, a, b};
        });
        central = ids[0];
        lee = ids[1];
        roverA = ids[2];
        roverB = ids[3];
    }

    public static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    public TimeOffDraft vacation(LocalDate first, LocalDate last) {
        return new TimeOffDraft(lee, TimeOffKind.VACATION, first, last, null, null, "Family trip");
    }

    /** Turns rover B into a primary SRO without a school, so no rover is free beyond the reserve. */
    public void leaveOneRover() {
        database.useTransaction(h -> h.execute("UPDATE officer SET role = 'PRIMARY_SRO' WHERE id = ?", roverB));
    }

    public int count(String table) {
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }
}
