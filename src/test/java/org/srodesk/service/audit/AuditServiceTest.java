package org.srodesk.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.Actors;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AuditServiceTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @TempDir
    Path folder;

    private final Database database;
    private final AuditService service;

    AuditServiceTest(Backend backend) {
        database = TestDatabases.open(backend, "audit");
        service = new AuditService(database, ZONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    private long add(String when, String user, String action, String entity, String before, String after) {
        return database.inTransaction(h -> h.attach(AuditDao.class).insert(new AuditEntry(0, at(when), user, action,
                entity, "7", before, after)));
    }

    private long auditRows() {
        return database.withHandle(h -> h.attach(AuditDao.class).count());
    }

    private static List<String> actions(AuditPage page) {
        return page.rows().stream().map(AuditEntry::action).toList();
    }

    private void addMarch() {
        add("2026-02-28T23:59:59.999", "sgt.olson", "BEFORE_MARCH", "time_off_request", "", "");
        add("2026-03-01T00:00:00", "sgt.olson", "FIRST_MOMENT", "time_off_request", "", "");
        add("2026-03-10T12:00:00", "cmdr.hale", "MIDDLE", "reassignment", "", "");
        add("2026-03-31T23:59:59.999", "admin", "LAST_MOMENT", "account", "", "");
        add("2026-04-01T00:00:00", "sgt.olson", "AFTER_MARCH", "time_off_request", "", "");
    }

    @Test
    void aPeriodIncludesItsFirstAndLastDayWholeInTheDesksTimeZone() {
        addMarch();
        AuditPage march = service.find(Actors.ADMIN, AuditFilter.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(List.of("LAST_MOMENT", "MIDDLE", "FIRST_MOMENT"), actions(march));
        assertEquals(3, march.total());
        assertFalse(march.truncated());
        AuditPage oneDay = service.find(Actors.ADMIN, AuditFilter.days(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31)));
        assertEquals(List.of("LAST_MOMENT"), actions(oneDay));
        assertEquals(List.of("AFTER_MARCH", "LAST_MOMENT", "MIDDLE"),
                actions(service.find(Actors.ADMIN, AuditFilter.days(LocalDate.of(2026, 3, 2), null))));
        assertEquals(List.of("FIRST_MOMENT", "BEFORE_MARCH"),
                actions(service.find(Actors.ADMIN, AuditFilter.days(null, LocalDate.of(2026, 3, 1)))));
    }

    @Test
    void filtersByUserAndByKindOfRecordTogetherWithThePeriod() {
        addMarch();
        AuditFilter march = AuditFilter.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(List.of("FIRST_MOMENT"), actions(service.find(Actors.COMMANDER, march.withUser("sgt.olson"))));
        assertEquals(List.of("AFTER_MARCH", "FIRST_MOMENT", "BEFORE_MARCH"),
                actions(service.find(Actors.COMMANDER, AuditFilter.everything().withUser("sgt.olson"))));
        assertEquals(List.of("MIDDLE"), actions(service.find(Actors.COMMANDER, march.withEntity("reassignment"))));
        assertEquals(List.of(), actions(service.find(Actors.COMMANDER, march.withUser("admin").withEntity("reassignment"))));
        assertEquals(List.of("LAST_MOMENT"), actions(service.find(Actors.COMMANDER, march.withUser(" admin ").withEntity(""))));
    }

    @Test
    void theNewestRowsUpToTheLimitComeWithTheTotalCount() {
        for (int day = 1; day <= 7; day++) {
            add("2026-03-0" + day + "T09:00:00", "sgt.olson", "DAY_" + day, "time_off_request", "", "");
        }
        AuditPage page = service.find(Actors.ADMIN, AuditFilter.everything().withLimit(3));
        assertEquals(List.of("DAY_7", "DAY_6", "DAY_5"), actions(page));
        assertEquals(7, page.total());
        assertTrue(page.truncated());
        AuditPage filtered = service.find(Actors.ADMIN, AuditFilter.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6))
                .withLimit(2));
        assertEquals(List.of("DAY_6", "DAY_5"), actions(filtered));
        assertEquals(5, filtered.total());
    }

    @Test
    void theFilterChoicesAreTheUsersAndRecordsInTheLog() {
        addMarch();
        assertEquals(List.of("admin", "cmdr.hale", "sgt.olson"), service.userNames(Actors.ADMIN));
        assertEquals(List.of("account", "reassignment", "time_off_request"), service.entities(Actors.COMMANDER));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedByField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> AuditFilter.days(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)));
        assertTrue(refused.byField().get(AuditFilter.TO).contains("before the first day"), refused.getMessage());
        assertThrows(ValidationException.class, () -> AuditFilter.everything().withLimit(0));
    }

    @Test
    void sergeantsAndViewersMayNotReadOrExportTheLogAndNothingIsWritten() {
        addMarch();
        Path file = folder.resolve("audit.csv");
        for (Actor refusedActor : List.of(Actors.SERGEANT, Actors.VIEWER)) {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                    () -> service.find(refusedActor, AuditFilter.everything()));
            assertTrue(refused.getMessage().startsWith(refusedActor.displayName() + " is signed in as"), refused.getMessage());
            assertThrows(AccessDeniedException.class, () -> service.userNames(refusedActor));
            assertThrows(AccessDeniedException.class, () -> service.entities(refusedActor));
            assertThrows(AccessDeniedException.class, () -> service.exportCsv(refusedActor, AuditFilter.everything(), file));
        }
        assertFalse(Files.exists(file));
        assertEquals(5, auditRows());
        assertEquals(5, service.find(Actors.COMMANDER, AuditFilter.everything()).total());
        assertEquals(5, service.find(Actors.ADMIN, AuditFilter.everything()).total());
    }

    @Test
    void theCsvHoldsEveryMatchingRowVerbatimAndTheExportIsAuditedInItsOwnRow() throws IOException {
        String tricky = "reason=Family, \"urgent\"\nsecond line; note=a,b";
        add("2026-03-02T08:15:30.25", "sgt.olson", "APPROVE", "time_off_request", "status=REQUESTED", tricky);
        add("2026-03-03T10:00:00", "sgt.olson", "DENY", "time_off_request", "status=REQUESTED", "status=DENIED");
        add("2026-03-04T11:00:00", "cmdr.hale", "CREATE", "reassignment", "", "to=Patrol");
        add("2026-04-04T11:00:00", "sgt.olson", "APPROVE", "time_off_request", "", "outside the period");
        Path file = folder.resolve("audit.csv");
        AuditFilter filter = AuditFilter.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).withLimit(1);

        AuditExport export = service.exportCsv(Actors.COMMANDER, filter, file);

        assertEquals(3, export.rows(), "every matching row, not only the limit");
        assertEquals(file.toAbsolutePath(), export.file());
        List<CSVRecord> records = read(file);
        assertEquals(List.of("2026-03-04T11:00:00-06:00", "2026-03-03T10:00:00-06:00", "2026-03-02T08:15:30.25-06:00"),
                records.stream().map(r -> r.get("when")).toList());
        CSVRecord approve = records.get(2);
        assertEquals(at("2026-03-02T08:15:30.25"), OffsetDateTime.parse(approve.get("when")).toInstant());
        assertEquals("sgt.olson", approve.get("user"));
        assertEquals("APPROVE", approve.get("action"));
        assertEquals("time_off_request", approve.get("entity"));
        assertEquals("7", approve.get("id"));
        assertEquals("status=REQUESTED", approve.get("before"));
        assertEquals(tricky, approve.get("after"));
        assertEquals("", records.get(0).get("before"));

        AuditEntry audited = service.find(Actors.ADMIN, AuditFilter.everything().withEntity(AuditService.AUDIT_LOG)
                .withUser(Actors.COMMANDER.userName())).rows().get(0);
        assertEquals(AuditService.EXPORT, audited.action());
        assertTrue(audited.after().contains("file=" + file.toAbsolutePath()), audited.after());
        assertTrue(audited.after().contains("rows=3"), audited.after());
        assertTrue(audited.after().contains("from=2026-03-01; to=2026-03-31"), audited.after());
        assertEquals(5, auditRows());
        try (var leftovers = Files.list(folder)) {
            assertEquals(List.of(file.getFileName().toString()), leftovers.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theCsvStartsWithItsHeaderAfterAByteOrderMarkAndUsesCrLf() throws IOException {
        add("2026-03-02T08:00:00", "sgt.olson", "APPROVE", "time_off_request", "", "");
        Path file = folder.resolve("audit.csv");
        service.exportCsv(Actors.ADMIN, AuditFilter.everything(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFwhen,user,action,entity,id,before,after\r\n"), text);
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        add("2026-03-02T08:00:00", "=HYPERLINK(\"http://x\")", "SIGN_IN_FAILED", "account", "", "-1 attempts");
        Path file = folder.resolve("audit.csv");
        service.exportCsv(Actors.ADMIN, AuditFilter.everything(), file);
        CSVRecord row = read(file).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get("user"));
        assertEquals("'-1 attempts", row.get("after"));
    }

    @Test
    void anExportIntoAMissingFolderIsRefusedAndNotAudited() {
        add("2026-03-02T08:00:00", "sgt.olson", "APPROVE", "time_off_request", "", "");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.exportCsv(Actors.ADMIN, AuditFilter.everything(), folder.resolve("gone/audit.csv")));
        assertTrue(refused.byField().get(AuditService.FILE).contains("does not exist"), refused.getMessage());
        assertEquals(1, auditRows());
    }

    @Test
    void anExportOntoAnExistingFolderIsRefusedAndNotAudited() throws IOException {
        add("2026-03-02T08:00:00", "sgt.olson", "APPROVE", "time_off_request", "", "");
        Path blocked = Files.createDirectories(folder.resolve("audit.csv"));
        Files.writeString(blocked.resolve("inside.txt"), "keeps the folder from being replaced");
        assertThrows(ValidationException.class, () -> service.exportCsv(Actors.ADMIN, AuditFilter.everything(), blocked));
        assertEquals(1, auditRows());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no .part file left behind");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndNotAudited() {
        add("2026-03-02T08:00:00", "sgt.olson", "APPROVE", "time_off_request", "", "");
        Path tooLong = folder.resolve("a".repeat(250) + ".csv"); // no room for the .part file's name
        AuditExportException refused = assertThrows(AuditExportException.class,
                () -> service.exportCsv(Actors.ADMIN, AuditFilter.everything(), tooLong));
        assertTrue(refused.getMessage().startsWith("The audit log cannot be written to " + folder.toAbsolutePath()),
                refused.getMessage());
        assertEquals(1, auditRows());
        assertFalse(Files.exists(tooLong));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (Reader reader = new java.io.StringReader(text.substring(1));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertEquals(List.of(AuditCsv.HEADER), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
