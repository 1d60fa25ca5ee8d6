package org.srodesk.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;

/**
 * A small district for coverage tests, written through the DAOs: high schools CEN (West, busy) and
 * HAR (East), middle school WASH; primaries Nguyen (CEN) and Pena (HAR); rovers Olson, Berg, Kim
 * (West) and Diaz (East). Weekdays of February to April 2026 are school days. Nguyen is on approved
 * vacation 9–13 March (5 school days), Pena on approved sick leave 10–12 March (3 school days).
 * With the defaults (K 3, R 1 per zone) the West can spare two rovers a day, the East none.
 */
public final class CoverageFixture {

    public static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    public static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    public static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);

    public final long cen;
    public final long har;
    public final long wash;
    public final long nguyen;
    public final long pena;
    public final long olson;
    public final long berg;
    public final long kim;
    public final long diaz;
    public final long nguyenVacation;

    private CoverageFixture(Database db) {
        long[] ids = db.inTransaction(h -> {
            SchoolDao schools = h.attach(SchoolDao.class);
            long c = schools.insert(school("CEN", "Central High", SchoolLevel.HIGH, "West"));
            long ha = schools.insert(school("HAR", "Harding High", SchoolLevel.HIGH, "East"));
            long w = schools.insert(school("WASH", "Washington Tech", SchoolLevel.MIDDLE, "North"));
            OfficerDao officers = h.attach(OfficerDao.class);
            long ng = officers.insert(officer("100", "Nguyen", "Linh", OfficerRole.PRIMARY_SRO, "West"));
            long pe = officers.insert(officer("200", "Pena", "Jose", OfficerRole.PRIMARY_SRO, "East"));
            long ol = officers.insert(officer("300", "Olson", "Kari", OfficerRole.ROVER, "West"));
            long be = officers.insert(officer("301", "Berg", "Sam", OfficerRole.ROVER, "West"));
            long ki = officers.insert(officer("302", "Kim", "Ada", OfficerRole.ROVER, "West"));
            long di = officers.insert(officer("303", "Diaz", "Rosa", OfficerRole.ROVER, "East"));
            AssignmentDao assignments = h.attach(AssignmentDao.class);
            assignments.insert(new Assignment(0, ng, c, LocalDate.of(2025, 8, 1), null));
            assignments.insert(new Assignment(0, pe, ha, LocalDate.of(2025, 8, 1), null));
            List<CalendarDay> days = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2026, 2, 1); d.isBefore(LocalDate.of(2026, 5, 1)); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                days.add(new CalendarDay(d, !weekend, weekend ? "Weekend" : ""));
            }
            h.attach(CalendarDao.class).insertAll(days);
            TimeOffDao timeOff = h.attach(TimeOffDao.class);
            long vac = timeOff.insert(timeOff(ng, TimeOffKind.VACATION, MARCH_9, LocalDate.of(2026, 3, 13)));
            timeOff.insert(timeOff(pe, TimeOffKind.SICK, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)));
            List<CallsForService> calls = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2026, 2, 2); d.isBefore(MARCH_2); d = d.plusDays(1)) {
                calls.add(new CallsForService(c, d, 3));
                calls.add(new CallsForService(ha, d, 1));
            }
            h.attach(CallsForServiceDao.class).insertAll(calls);
            return new long[] {c, ha, w, ng, pe, ol, be, ki, di, vac};
        });
        cen = ids[0];
        har = ids[1];
        wash = ids[2];
        nguyen = ids[3];
        pena = ids[4];
        olson = ids[5];
        berg = ids[6];
        kim = ids[7];
        diaz = ids[8];
        nguyenVacation = ids[9];
    }

    public static CoverageFixture create(Database db) {
        return new CoverageFixture(db);
    }

    /** Adds approved time off, e.g. to make an absence cross the edge of a planned month. */
    public static long addTimeOff(Database db, long officerId, TimeOffKind kind, LocalDate from, LocalDate to) {
        return db.inTransaction(h -> h.attach(TimeOffDao.class).insert(timeOff(officerId, kind, from, to)));
    }

    public static void cancelTimeOff(Database db, long requestId) {
        db.useTransaction(h -> h.createUpdate("UPDATE time_off_request SET status = 'CANCELLED' WHERE id = :id")
                .bind("id", requestId).execute());
    }

    private static School school(String code, String name, SchoolLevel level, String zone) {
        return new School(0, code, name, level, "", "", "", "", zone);
    }

    private static Officer officer(String badge, String last, String first, OfficerRole role, String zone) {
        return new Officer(0, badge, last, first, "Ofc.", role, "", "", zone);
    }

    private static TimeOffRequest timeOff(long officerId, TimeOffKind kind, LocalDate from, LocalDate to) {
        Instant at = Instant.parse("2026-02-20T15:00:00Z");
        return new TimeOffRequest(0, officerId, kind, from, to, null, null, TimeOffStatus.APPROVED, "", at,
                "sgt", "sgt", at, "", 0);
    }
}
