package org.srodesk.service.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.compliance.LogRule;
import org.srodesk.domain.compliance.OverdueFinder;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.MeetingDao;
import org.srodesk.persistence.MonthlyLogDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.TrainingDao;

/**
 * The sergeant's "Overdue" panel: missing monthly logs and meeting absences of the current school
 * year up to today, and required training overdue or never completed — read in one transaction
 * and decided by {@link OverdueFinder}.
 */
public final class ComplianceService {

    private final Database database;
    private final Clock clock;

    public ComplianceService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What is behind today. */
    public List<OverdueItem> overdue() {
        return overdue(today());
    }

    /** What is behind on {@code today}, looking back to the start of its school year. */
    public List<OverdueItem> overdue(LocalDate today) {
        DateRange window = new DateRange(SchoolYear.containing(today).start(), today);
        return database.inTransaction(handle -> {
            ComplianceSettings settings = ComplianceSettings.read(handle);
            SchoolCalendar calendar = new SchoolCalendar(
                    handle.attach(CalendarDao.class).findBetween(window.start(), window.end()));
            MeetingDao meetings = handle.attach(MeetingDao.class);
            return OverdueFinder.find(new OverdueFinder.Inputs(
                    handle.attach(OfficerDao.class).findAll(),
                    handle.attach(TrainingDao.class).findCourses(),
                    handle.attach(TrainingDao.class).findCompletions(),
                    LogRule.expectedMonths(calendar, window),
                    handle.attach(MonthlyLogDao.class).findBetween(window.start(), window.end()),
                    meetings.findMandatoryBetween(window.start(), window.end()),
                    meetings.findAttendanceBetween(window.start(), window.end()),
                    today, settings.logDueDays(), settings.dueSoonDays()));
        });
    }
}
