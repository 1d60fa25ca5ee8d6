package org.srodesk.service.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.MeetingDao;
import org.srodesk.persistence.MonthlyLogDao;
import org.srodesk.persistence.TrainingDao;
import org.srodesk.persistence.UnitEventDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DemoLoadDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.DistrictSummary;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.demo.DemoSchoolCalendar.SchoolYear;
import org.srodesk.service.demo.DemoSchools.DemoSchool;

/**
 * Builds a complete, believable demo district into an empty database: schools, officers and
 * their postings, two school years of calendar (2025–26 and 2026–27, "today" being 2026-11-29),
 * time off, reassignments, monthly unit meetings with their attendance, training completions,
 * monthly logs (see {@link DemoCompliance}), calls for service and the unit's settings.
 *
 * <p>The result is deterministic: the same tier and seed always write the same rows, because all
 * randomness comes from the seed and all timestamps from the data's dates (never the clock).
 * Everything is written in one transaction, so a failure leaves the database as it was.
 *
 * <p>It also creates the four documented <b>demo accounts</b> ({@link #DEMO_ACCOUNTS}, password
 * {@value #DEMO_PASSWORD}, listed in the README), one per role, so each role can be tried. Generating
 * needs {@link Permission#SCHEDULE} and records one {@code audit_log} row (GENERATE demo_district) besides
 * the accounts' own CREATE rows.
 */
public final class DemoDistrictGenerator {

    /** The seed the application uses when the user names none. */
    public static final long DEFAULT_SEED = 20261129L;

    private static final int CALLS_BATCH = 20_000;

    /** The password of every demo account: documented, so never use a demo database for real work. */
    public static final String DEMO_PASSWORD = "sro-desk-demo";

    /** A documented demo account. */
    public record DemoAccount(String userName, Role role) {
    }

    /** The demo accounts, one per role; display names follow the district (its sergeant and commander). */
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(new DemoAccount("admin", Role.ADMIN),
            new DemoAccount("sergeant", Role.SERGEANT), new DemoAccount("commander", Role.COMMANDER),
            new DemoAccount("viewer", Role.VIEWER));

    private final Database database;

    /** A generator that writes into {@code database}, which must hold no district yet. */
    public DemoDistrictGenerator(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Writes a demo district of size {@code tier} drawn from {@code seed}.
     *
     * @param actor    who asked for it (recorded in the {@code demo.generated_by} setting)
     * @param progress told what is being done and how far along (0.0–1.0); may be null
     * @return the counts of what the database now holds
     * @throws IllegalStateException when the database already holds officers, schools or a calendar
     * @throws org.srodesk.service.AccessDeniedException when {@code actor} may not schedule; nothing is written
     */
    public DistrictSummary generate(DemoTier tier, long seed, Actor actor, BiConsumer<String, Double> progress) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(tier, "tier");
        BiConsumer<String, Double> report = progress == null ? (step, fraction) -> { } : progress;
        TierProfile profile = TierProfile.of(tier);
        return database.inTransaction(handle -> {
            refuseNonEmpty(handle);
            SplittableRandom root = new SplittableRandom(seed);
            SplittableRandom schoolRandom = root.split();
            SplittableRandom officerRandom = root.split();
            SplittableRandom timeOffRandom = root.split();
            SplittableRandom reassignmentRandom = root.split();
            SplittableRandom callsRandom = root.split();
            SplittableRandom complianceRandom = root.split();
            DemoLoadDao load = handle.attach(DemoLoadDao.class);

            report.accept("School calendar", 0.0);
            DemoSchoolCalendar calendar = new DemoSchoolCalendar();
            handle.attach(CalendarDao.class).insertAll(calendar.days());
            load.insertUnitEvents(calendar.unitMeetings());

            report.accept("Schools", 0.03);
            List<DemoSchool> built = new DemoSchools(profile, schoolRandom).build();
            load.insertSchools(built.stream().map(DemoSchool::school).toList());
            Map<String, Long> schoolIds = load.schoolIdsByCode();
            List<School> schools = new ArrayList<>(built.size());
            double[] busyness = new double[built.size()];
            for (int i = 0; i < built.size(); i++) {
                School school = built.get(i).school();
                schools.add(school.withId(schoolIds.get(school.code())));
                busyness[i] = built.get(i).busyness();
            }

            report.accept("Officers", 0.06);
            DemoOfficers.Roster roster = new DemoOfficers(profile, officerRandom).build(schools, busyness);
            load.insertOfficers(roster.officers());
            Map<String, Long> officerIds = load.officerIdsByBadge();
            List<Officer> officers = roster.officers().stream().map(o -> o.withId(officerIds.get(o.badge()))).toList();
            Map<Long, Long> posts = new LinkedHashMap<>();
            List<Assignment> assignments = new ArrayList<>();
            roster.postByBadge().forEach((badge, schoolId) -> {
                posts.put(officerIds.get(badge), schoolId);
                assignments.add(new Assignment(0, officerIds.get(badge), schoolId, DemoSchoolCalendar.FIRST_DAY, null));
            });
            load.insertAssignments(assignments);

            report.accept("Time off", 0.1);
            DemoBookings bookings = new DemoBookings();
            DemoSergeants sergeants = new DemoSergeants(profile);
            List<TimeOffRequest> timeOff = timeOff(tier, profile, calendar, bookings, sergeants, timeOffRandom, officers,
                    schools, posts);
            load.insertTimeOff(timeOff);

            report.accept("Reassignments", 0.3);
            DemoReassignments reassigner = new DemoReassignments(profile, calendar, bookings, sergeants,
                    reassignmentRandom);
            List<Reassignment> reassignments = new ArrayList<>();
            int perYear = Math.max(4, Math.round(officers.size() * 0.4f));
            for (SchoolYear year : DemoSchoolCalendar.YEARS) {
                reassigner.addYear(year, perYear, officers, schools, posts, reassignments);
            }
            load.insertReassignments(reassignments);

            report.accept("Training, meetings and logs", 0.33);
            writeCompliance(handle, calendar, complianceRandom, sergeants, officers, timeOff);

            report.accept("Calls for service", 0.35);
            DemoCalls calls = new DemoCalls(calendar, callsRandom);
            CallsForServiceDao callsDao = handle.attach(CallsForServiceDao.class);
            double expectedBatches = Math.max(1.0, expectedCallRows(schools, calls) / CALLS_BATCH);
            int[] batches = {0};
            calls.generate(schools, busyness, CALLS_BATCH, batch -> {
                callsDao.insertAll(batch);
                batches[0]++;
                report.accept("Calls for service", 0.35 + 0.6 * Math.min(1.0, batches[0] / expectedBatches));
            });

            report.accept("Settings", 0.97);
            writeSettings(handle.attach(SettingsDao.class), profile, sergeants, tier, seed, actor);
            report.accept("Demo accounts", 0.98);
            writeAccounts(handle, profile, sergeants, actor);
            DistrictSummary summary = new DistrictSummary(
                    handle.attach(OfficerDao.class).count(), handle.attach(SchoolDao.class).count(),
                    load.calendarDayCount(), handle.attach(TimeOffDao.class).count(),
                    callsDao.count());
            AuditLog.record(handle, actor, "GENERATE", "demo_district", tier.id(), "", AuditLog.state("seed", seed,
                    "officers", summary.officers(), "schools", summary.schools(), "calendar_days",
                    summary.calendarDays(), "time_off_requests", summary.timeOffRequests(), "calls_for_service",
                    summary.callsForService(), "demo_accounts", DEMO_ACCOUNTS.size()));
            report.accept("Done", 1.0);
            return summary;
        });
    }

    /** The demo accounts, named after the district's people; the stamp is the demo's "today". */
    private static void writeAccounts(Handle handle, TierProfile profile, DemoSergeants sergeants, Actor actor) {
        java.time.Instant now = DemoClock.TODAY.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC);
        for (DemoAccount account : DEMO_ACCOUNTS) {
            String displayName = switch (account.role()) {
                case ADMIN -> "Lt. Dana Admin";
                case SERGEANT -> "Sgt. " + sergeants.mainSergeantName();
                case COMMANDER -> profile.commander();
                case VIEWER -> "Viewer Lee";
            };
            AccountService.createUnchecked(handle, actor.userName(), account.userName(), displayName, account.role(),
                    DEMO_PASSWORD.toCharArray(), now);
        }
    }

    private static void writeCompliance(Handle handle, DemoSchoolCalendar calendar, SplittableRandom random,
            DemoSergeants sergeants, List<Officer> officers, List<TimeOffRequest> timeOff) {
        DemoCompliance compliance = new DemoCompliance(calendar, random, sergeants.mainSergeantUserName());
        TrainingDao training = handle.attach(TrainingDao.class);
        training.insertCompletions(compliance.completions(officers, training.findCourses(), timeOff));
        List<UnitEvent> meetings = handle.attach(UnitEventDao.class)
                .findBetween(DemoSchoolCalendar.FIRST_DAY, DemoSchoolCalendar.LAST_DAY);
        handle.attach(MeetingDao.class).insertAttendance(compliance.attendance(officers, meetings, timeOff));
        handle.attach(MonthlyLogDao.class).insertAll(compliance.logs(officers));
    }

    private static void refuseNonEmpty(Handle handle) {
        int officers = handle.attach(OfficerDao.class).count();
        int schools = handle.attach(SchoolDao.class).count();
        int days = handle.attach(DemoLoadDao.class).calendarDayCount();
        if (officers > 0 || schools > 0 || days > 0) {
            throw new IllegalStateException("A demo district can only be generated into an empty database; this one"
                    + " already has " + officers + " officers, " + schools + " schools and " + days
                    + " calendar days. Choose a new database file.");
        }
    }

    private static List<TimeOffRequest> timeOff(DemoTier tier, TierProfile profile, DemoSchoolCalendar calendar, DemoBookings bookings,
            DemoSergeants sergeants, SplittableRandom random, List<Officer> officers, List<School> schools,
            Map<Long, Long> posts) {
        DemoRequests requests = new DemoRequests(random, sergeants);
        DemoExceptionalTimeOff exceptional = new DemoExceptionalTimeOff(calendar, bookings, requests, random);
        DemoTimeOff ordinary = new DemoTimeOff(profile, calendar, bookings, requests, random);
        Map<Long, School> schoolById = new LinkedHashMap<>();
        schools.forEach(s -> schoolById.put(s.id(), s));
        List<Officer> highSchoolPrimaries = officers.stream()
                .filter(o -> posts.containsKey(o.id()) && schoolById.get(posts.get(o.id())).level() == SchoolLevel.HIGH)
                .toList();
        boolean smallUnit = tier == DemoTier.SMALL || tier == DemoTier.MEDIUM;
        int n = officers.size();
        List<TimeOffRequest> out = new ArrayList<>();
        // Extended absences first: they must find free days, everything else fits around them.
        for (SchoolYear year : DemoSchoolCalendar.YEARS) {
            int extended = smallUnit ? 3 + random.nextInt(2) : Math.max(3, highSchoolPrimaries.size() * 8 / 100);
            exceptional.addExtendedAbsences(highSchoolPrimaries, year, extended, out);
        }
        for (Officer officer : officers) {
            for (SchoolYear year : DemoSchoolCalendar.YEARS) {
                ordinary.addYear(officer, year, out);
            }
        }
        exceptional.addPending(officers, Math.max(3, n / 25), out);
        for (SchoolYear year : DemoSchoolCalendar.YEARS) {
            exceptional.addDenied(officers, year, Math.max(2, n / 40), out);
            exceptional.addCancelled(officers, year, Math.max(2, n / 40), out);
        }
        out.sort(Comparator.comparing(TimeOffRequest::startDate).thenComparingLong(TimeOffRequest::officerId));
        return out;
    }

    private static double expectedCallRows(List<School> schools, DemoCalls calls) {
        long highs = schools.stream().filter(School::isHigh).count();
        return calls.dayCount() * (highs * 0.75 + (schools.size() - highs) * 0.15);
    }

    private static void writeSettings(SettingsDao settings, TierProfile profile, DemoSergeants sergeants,
            DemoTier tier, long seed, Actor actor) {
        settings.put("district.name", profile.districtName());
        settings.put("unit.name", profile.unitName());
        settings.put("unit.sergeant.name", "Sgt. " + sergeants.mainSergeantName());
        settings.put("unit.sergeant.phone", "(" + profile.areaCodes().get(0) + ") 555-0100");
        settings.put("unit.sergeant.email", sergeants.mainSergeantUserName() + "@"
                + profile.policeDomain());
        settings.put("unit.commander.name", profile.commander());
        settings.put("demo.tier", tier.id());
        settings.put("demo.seed", Long.toString(seed));
        settings.put("demo.generated_by", actor.userName());
    }
}
