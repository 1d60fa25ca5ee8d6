package org.srodesk.service.demo;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.DistrictService;
import org.srodesk.service.DistrictSummary;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/**
 * Generates real districts into fresh databases, on H2 and on PostgreSQL; the small tier is built
 * once per back end and shared.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DemoDistrictGeneratorTest {

    private static final Actor ACTOR = new Actor("sgt.olson", "Sgt. Karen Olson", Role.SERGEANT);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static Backend backend;
    private static Database small;
    private static DistrictSummary smallSummary;
    private static final List<Double> smallProgress = new ArrayList<>();

    /** Takes the back end so that JUnit also hands it to the shared set-up below. */
    DemoDistrictGeneratorTest(Backend on) {
        assertEquals(backend, on, "the shared district is on this back end");
    }

    @BeforeParameterizedClassInvocation
    static void generateSmallDistrict(Backend on) {
        backend = on;
        smallProgress.clear();
        small = freshDatabase();
        smallSummary = new DemoDistrictGenerator(small).generate(DemoTier.SMALL, DemoDistrictGenerator.DEFAULT_SEED,
                ACTOR, (step, fraction) -> smallProgress.add(fraction));
    }

    @AfterParameterizedClassInvocation
    static void closeSmallDistrict() {
        small.close();
    }

    static Database freshDatabase() {
        return TestDatabases.open(backend, "demo-test-" + DATABASES.incrementAndGet());
    }

    @Test
    void sameTierAndSeedWriteIdenticalRows() {
        try (Database again = freshDatabase()) {
            new DemoDistrictGenerator(again).generate(DemoTier.SMALL, DemoDistrictGenerator.DEFAULT_SEED, ACTOR, null);
            assertEquals(DatabaseDigest.of(small), DatabaseDigest.of(again));
        }
    }

    @Test
    void aDifferentSeedWritesADifferentDistrict() {
        try (Database other = freshDatabase()) {
            new DemoDistrictGenerator(other).generate(DemoTier.SMALL, 7L, ACTOR, null);
            assertNotEquals(DatabaseDigest.of(small), DatabaseDigest.of(other));
            assertNotEquals(DatabaseDigest.table(small, "officer"), DatabaseDigest.table(other, "officer"));
        }
    }

    @Test
    void summaryCountsWhatWasWritten() {
        assertEquals(new DistrictService(small).summary(), smallSummary);
        assertEquals(730, smallSummary.calendarDays());
        assertTrue(smallSummary.timeOffRequests() > 50, smallSummary.toString());
        assertTrue(smallSummary.callsForService() > 1000, smallSummary.toString());
    }

    @Test
    void progressRunsFromZeroToOneWithoutGoingBack() {
        assertEquals(0.0, smallProgress.get(0));
        assertEquals(1.0, smallProgress.get(smallProgress.size() - 1));
        for (int i = 1; i < smallProgress.size(); i++) {
            assertTrue(smallProgress.get(i) >= smallProgress.get(i - 1), smallProgress.toString());
        }
    }

    @Test
    void smallDistrictHasAboutSixtySchoolsAndSevenToNineHighSchoolsEachWithOneOpenPrimary() {
        List<School> schools = new DistrictService(small).schools();
        assertTrue(schools.size() >= 55 && schools.size() <= 65, "schools: " + schools.size());
        List<School> highs = schools.stream().filter(School::isHigh).toList();
        assertTrue(highs.size() >= 7 && highs.size() <= 9, "high schools: " + highs.size());
        for (SchoolLevel level : SchoolLevel.values()) {
            assertTrue(schools.stream().anyMatch(s -> s.level() == level), "no " + level);
        }
        for (School high : highs) {
            int open = small.withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM assignment a JOIN officer o ON o.id = a.officer_id
                     WHERE a.school_id = :school AND a.end_date IS NULL AND a.start_date = :first
                       AND o.role = 'PRIMARY_SRO'
                    """).bind("school", high.id()).bind("first", LocalDate.of(2025, 7, 1))
                    .mapTo(Integer.class).one());
            assertEquals(1, open, high.name());
        }
    }

    @Test
    void smallDistrictHasExactlyTwoRoversWithoutAssignments() {
        List<Officer> officers = new DistrictService(small).officers();
        List<Officer> rovers = officers.stream().filter(Officer::isRover).toList();
        assertEquals(2, rovers.size());
        int roverAssignments = small.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM assignment a JOIN officer o ON o.id = a.officer_id WHERE o.role = 'ROVER'")
                .mapTo(Integer.class).one());
        assertEquals(0, roverAssignments);
        assertEquals(2, rovers.stream().map(Officer::zone).distinct().count(), "rovers share one zone");
    }

    @Test
    void schoolsAndOfficersHaveUniqueCodesBadgesAndFictionalContacts() {
        for (School school : new DistrictService(small).schools()) {
            assertTrue(school.code().matches("[A-Z0-9]{2,5}"), school.code());
            assertTrue(school.phone().matches("\\(\\d{3}\\) 555-01\\d\\d"), school.phone());
            assertTrue(school.principalEmail().endsWith(".example.org"), school.principalEmail());
            assertTrue(!school.address().isBlank() && !school.principalName().isBlank() && !school.zone().isBlank());
        }
        List<Officer> officers = new DistrictService(small).officers();
        assertEquals(officers.size(), officers.stream().map(Officer::badge).distinct().count());
        assertEquals(officers.size(), officers.stream().map(Officer::email).distinct().count());
        for (Officer officer : officers) {
            assertTrue(officer.email().matches("[a-z0-9.]+@[a-z.-]+\\.example\\.org"), officer.email());
            assertTrue(List.of("Ofc.", "Cpl.", "Sgt.").contains(officer.rank()), officer.rank());
        }
    }

    @Test
    void theFourDocumentedDemoAccountsSignInWithTheirRoles() {
        AccountService accounts = new AccountService(small, java.time.Clock.systemUTC());
        for (DemoDistrictGenerator.DemoAccount account : DemoDistrictGenerator.DEMO_ACCOUNTS) {
            Actor actor = accounts.signIn(account.userName(), DemoDistrictGenerator.DEMO_PASSWORD.toCharArray()).actor();
            assertEquals(account.role(), actor.role(), account.userName());
        }
        assertEquals(List.of(Role.ADMIN, Role.SERGEANT, Role.COMMANDER, Role.VIEWER),
                DemoDistrictGenerator.DEMO_ACCOUNTS.stream().map(DemoDistrictGenerator.DemoAccount::role).toList());
        assertEquals("Sgt. Karen Olson", small.withHandle(h -> h.createQuery(
                "SELECT display_name FROM app_user WHERE user_name = 'sergeant'").mapTo(String.class).one()));
        assertEquals("Cmdr. R. Axtell", small.withHandle(h -> h.createQuery(
                "SELECT display_name FROM app_user WHERE user_name = 'commander'").mapTo(String.class).one()));
    }

    @Test
    void generatingIsAuditedOnceBesidesTheAccountsItCreates() {
        List<AuditEntry> rows = small.withHandle(h -> h.attach(AuditDao.class).find(ACTOR.userName(), null, null, null,
                100));
        assertEquals(List.of("GENERATE demo_district small", "CREATE account", "CREATE account", "CREATE account",
                "CREATE account"), rows.stream().filter(r -> !r.action().startsWith("SIGN_IN"))
                .map(r -> r.action() + " " + r.entity() + (r.entity().equals("account") ? "" : " " + r.entityId()))
                .toList());
    }

    @Test
    void aViewerCannotGenerateAndNothingIsWritten() {
        try (Database empty = freshDatabase()) {
            var before = org.srodesk.testing.TableDump.of(empty);
            assertThrows(AccessDeniedException.class, () -> new DemoDistrictGenerator(empty).generate(DemoTier.SMALL,
                    DemoDistrictGenerator.DEFAULT_SEED, org.srodesk.testing.Actors.VIEWER, null));
            assertEquals(before, org.srodesk.testing.TableDump.of(empty));
        }
    }

    @Test
    void calendarIsStoredForBothSchoolYears() {
        Map<String, Object> row = small.withHandle(h -> h.createQuery("""
                SELECT MIN(calendar_date) AS first_day, MAX(calendar_date) AS last_day, COUNT(*) AS days
                  FROM calendar_day""").mapToMap().one());
        assertEquals("2025-07-01", row.get("first_day").toString());
        assertEquals("2027-06-30", row.get("last_day").toString());
        assertEquals(730L, ((Number) row.get("days")).longValue());
        assertEquals(Boolean.TRUE, inSession(LocalDate.of(2025, 9, 2)));
        assertEquals(Boolean.FALSE, inSession(LocalDate.of(2025, 12, 25)));
        assertEquals(Boolean.FALSE, inSession(LocalDate.of(2025, 9, 6)));
    }

    private static Boolean inSession(LocalDate date) {
        return small.withHandle(h -> h.createQuery("SELECT in_session FROM calendar_day WHERE calendar_date = :d")
                .bind("d", date).mapTo(Boolean.class).one());
    }

    @Test
    void mediumDistrictHasFourteenOfficersIncludingRovers() {
        try (Database medium = freshDatabase()) {
            DistrictSummary summary = new DemoDistrictGenerator(medium)
                    .generate(DemoTier.MEDIUM, DemoDistrictGenerator.DEFAULT_SEED, ACTOR, null);
            assertEquals(14, summary.officers());
            List<Officer> officers = new DistrictService(medium).officers();
            long rovers = officers.stream().filter(o -> o.role() == OfficerRole.ROVER).count();
            assertTrue(rovers >= 3 && rovers <= 4, "rovers: " + rovers);
            assertTrue(summary.schools() >= 65 && summary.schools() <= 75, summary.toString());
            assertEquals("Minneapolis Public Schools (demo)",
                    medium.withHandle(h -> h.attach(SettingsDao.class).find("district.name")).orElseThrow());
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHasADistrictAndLeavesItUnchanged() {
        String before = DatabaseDigest.of(small);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DemoDistrictGenerator(small)
                .generate(DemoTier.SMALL, 99L, ACTOR, null));
        assertTrue(e.getMessage().contains("empty database"), e.getMessage());
        assertEquals(before, DatabaseDigest.of(small));
    }

    @Test
    void refusesADatabaseWithOnlySchoolsAndWritesNothing() {
        try (Database db = freshDatabase()) {
            db.useTransaction(h -> h.attach(SchoolDao.class).insert(new School(0, "CEN", "Central High School",
                    SchoolLevel.HIGH, null, null, null, null, null)));
            assertThrows(IllegalStateException.class,
                    () -> new DemoDistrictGenerator(db).generate(DemoTier.SMALL, 1L, ACTOR, null));
            assertEquals(0, (int) db.withHandle(h -> h.attach(OfficerDao.class).count()));
            assertEquals(1, (int) db.withHandle(h -> h.attach(SchoolDao.class).count()));
            assertEquals(0, (int) db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calendar_day")
                    .mapTo(Integer.class).one()));
        }
    }

    @Test
    void settingsNameTheDistrictUnitSergeantAndCommander() {
        SettingsDao settings = small.jdbi().onDemand(SettingsDao.class);
        assertEquals("Saint Paul Public Schools (demo)", settings.find("district.name").orElseThrow());
        assertEquals("Saint Paul Police — School Resource Officer Unit (demo)", settings.find("unit.name").orElseThrow());
        assertEquals("Sgt. Karen Olson", settings.find("unit.sergeant.name").orElseThrow());
        assertTrue(settings.find("unit.sergeant.phone").orElseThrow().contains("555-01"));
        assertTrue(settings.find("unit.sergeant.email").orElseThrow().startsWith("sgt.olson@"));
        assertEquals("Cmdr. R. Axtell", settings.find("unit.commander.name").orElseThrow());
        assertEquals("sgt.olson", settings.find("demo.generated_by").orElseThrow());
    }

    @Test
    void noCoverageIsPlannedInAdvance() {
        assertEquals(0, (int) small.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM coverage_assignment")
                .mapTo(Integer.class).one()));
    }

    /** A SHA-256 over every row of every data table, in key order. */
    static final class DatabaseDigest {
        private static final Map<String, String> TABLES = Map.ofEntries(
                Map.entry("school", "id"), Map.entry("officer", "id"), Map.entry("assignment", "id"),
                Map.entry("time_off_request", "id"), Map.entry("reassignment", "id"), Map.entry("unit_event", "id"),
                Map.entry("coverage_assignment", "id"), Map.entry("calendar_day", "calendar_date"),
                Map.entry("calls_for_service", "school_id, call_date"), Map.entry("app_setting", "name"),
                Map.entry("training_completion", "id"), Map.entry("meeting_attendance", "unit_event_id, officer_id"),
                Map.entry("monthly_log", "id"));

        static String of(Database db) {
            StringBuilder all = new StringBuilder();
            TABLES.keySet().stream().sorted().forEach(t -> all.append(t).append('=').append(table(db, t)).append('\n'));
            return all.toString();
        }

        static String table(Database db, String table) {
            List<Map<String, Object>> rows = db.withHandle(h -> h.createQuery(
                    "SELECT * FROM " + table + " ORDER BY " + TABLES.get(table)).mapToMap().list());
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (Map<String, Object> row : rows) {
                    sha.update(new java.util.TreeMap<>(row).toString().getBytes(StandardCharsets.UTF_8));
                }
                return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
