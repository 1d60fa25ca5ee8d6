package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.ManualNeed;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.MeetingDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.persistence.UnitEventDao;
import org.srodesk.service.compliance.AttendanceLine;
import org.srodesk.service.compliance.CompletionDraft;
import org.srodesk.service.compliance.ComplianceServices;
import org.srodesk.service.compliance.LogDraft;
import org.srodesk.testing.Actors;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TableDump;
import org.srodesk.testing.TestDatabases;
import org.srodesk.testing.TimeOffFixture;

/**
 * Every write use case of the service layer, called as every role: a role without the permission is
 * refused with {@link AccessDeniedException} and nothing at all changes (every table, the audit log
 * included); a role with it succeeds and adds exactly one audit row naming the user, the action and the
 * entity. On H2 the desk is a database file, so that backing up can be tried too (a PostgreSQL server's
 * backups are pg_dump's job: there only the refusals are checked).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WriteUseCaseRolesTest {

    /** A write use case: its name, the permission it needs, the audit row it writes, and how to call it. */
    record UseCase(String name, Permission permission, String action, String entity, Supplier<Consumer<Actor>> prepare) {
    }

    private static final DateRange WHAT_IF_PERIOD = DateRange.of(TimeOffFixture.march(2), TimeOffFixture.march(13));

    private final Backend backend;
    @TempDir
    Path dir;
    private TimeOffFixture f;
    private Database db;
    private PrincipalNoticeService notices;
    private CoverageService coverage;
    private ReassignmentService reassignments;
    private DeploymentService deployment;
    private ComplianceServices compliance;
    private long north;
    private int vacationWeek;
    private int reassignmentWeek;
    private int file;

    WriteUseCaseRolesTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        Database database = backend == Backend.H2 ? Database.openFile(dir.resolve("desk.mv.db"))
                : TestDatabases.open(backend, "write-roles");
        f = new TimeOffFixture(database);
        db = f.database;
        notices = new PrincipalNoticeService(db, f.settings, new NoticeMailer(), dir.resolve("notices"), f.clock);
        coverage = new CoverageService(db, new RosterService(db), f.clock);
        reassignments = new ReassignmentService(db, f.clock);
        deployment = new DeploymentService(db, f.clock);
        compliance = ComplianceServices.create(db, new RosterService(db), f.clock);
        north = db.inTransaction(h -> h.attach(SchoolDao.class).insert(new School(0, "NOR", "North High",
                SchoolLevel.HIGH, "", "Dr. Birch", "birch@school.test", "651-555-0110", "East")));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @TestFactory
    Stream<DynamicTest> eachWriteIsRefusedToRolesWithoutItsPermissionAndAuditedOnceForThoseWithIt() {
        return useCases().stream().map(useCase -> DynamicTest.dynamicTest(useCase.name(), () -> check(useCase)));
    }

    @Test
    void everyPermissionThatGuardsAWriteIsCovered() {
        List<Permission> covered = useCases().stream().map(UseCase::permission).distinct().toList();
        for (Permission p : Permission.values()) {
            if (p != Permission.MANAGE_ACCOUNTS && p != Permission.VIEW_AUDIT) { // AccountService's own tests
                assertTrue(covered.contains(p), "no use case needs " + p);
            }
        }
    }

    private void check(UseCase useCase) {
        Consumer<Actor> write = useCase.prepare().get();
        List<Role> refused = Arrays.stream(Role.values()).filter(r -> !r.may(useCase.permission())).toList();
        assertTrue(refused.contains(Role.VIEWER), "a viewer writes nothing");
        for (Role role : refused) {
            Map<String, List<String>> before = TableDump.of(db);
            AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                    () -> write.accept(Actors.of(role)), useCase.name() + " as " + role);
            assertTrue(denied.getMessage().contains(Actors.of(role).displayName()), denied.getMessage());
            assertEquals(before, TableDump.of(db), useCase.name() + " as " + role + " changed the database");
        }
        if (useCase.permission() == Permission.BACK_UP && db.file().isEmpty()) {
            return; // the server's backups are pg_dump's job (BackupService.SERVER_BACKUPS)
        }
        Actor permitted = Actors.of(Arrays.stream(Role.values()).filter(r -> r.may(useCase.permission()))
                .findFirst().orElseThrow());
        long rows = auditRows();
        write.accept(permitted);
        assertEquals(rows + 1, auditRows(), useCase.name() + ": exactly one audit row");
        AuditEntry last = latestAudit();
        assertEquals(permitted.userName(), last.userName(), useCase.name());
        assertEquals(useCase.action(), last.action(), useCase.name());
        assertEquals(useCase.entity(), last.entity(), useCase.name());
        assertFalse(last.after().isEmpty() && last.before().isEmpty(), useCase.name() + ": before or after is shown");
    }

    /** The version a desk reading the meeting now would hold. */
    private int meetingVersion(long meeting) {
        return db.withHandle(h -> h.attach(MeetingDao.class).findStamp(meeting)).orElseThrow().version();
    }

    private long auditRows() {
        return db.withHandle(h -> h.attach(AuditDao.class).count());
    }

    private AuditEntry latestAudit() {
        return db.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 1)).get(0);
    }

    private List<UseCase> useCases() {
        List<UseCase> cases = new ArrayList<>();
        Actor sgt = Actors.SERGEANT;
        // ---- time off
        cases.add(new UseCase("request time off", Permission.SCHEDULE, "CREATE", "time_off_request",
                () -> actor -> f.service.request(nextVacation(), actor)));
        cases.add(new UseCase("approve time off", Permission.SCHEDULE, "APPROVE", "time_off_request", () -> {
            var r = f.service.request(nextVacation(), sgt).request();
            return actor -> f.service.approve(r.id(), r.version(), "", actor);
        }));
        cases.add(new UseCase("deny time off", Permission.SCHEDULE, "DENY", "time_off_request", () -> {
            var r = f.service.request(nextVacation(), sgt).request();
            return actor -> f.service.deny(r.id(), r.version(), "Short-staffed", actor);
        }));
        cases.add(new UseCase("cancel time off", Permission.SCHEDULE, "CANCEL", "time_off_request", () -> {
            var r = f.service.request(nextVacation(), sgt).request();
            return actor -> f.service.cancel(r.id(), r.version(), "", actor);
        }));
        cases.add(new UseCase("time-off and notice settings", Permission.CHANGE_SETTINGS, "UPDATE", "setting",
                () -> actor -> f.settings.save(4, 9, "", 587, true, "", "", actor)));
        // ---- principal notices
        cases.add(new UseCase("send a principal notice", Permission.SCHEDULE, "SEND", "principal_notice", () -> {
            long notice = queueOneNotice();
            return actor -> notices.deliver(notice, actor);
        }));
        cases.add(new UseCase("send / retry every pending notice", Permission.SCHEDULE, "SEND", "principal_notice",
                () -> {
                    queueOneNotice();
                    return notices::retryPending;
                }));
        // ---- coverage
        cases.add(new UseCase("accept a coverage plan", Permission.SCHEDULE, "ACCEPT_PLAN", "coverage_plan", () -> {
            LocalDate monday = LocalDate.of(2026, 6, 1); // a school week of its own
            var r = f.service.request(new TimeOffDraft(f.lee, TimeOffKind.VACATION, monday, monday.plusDays(4), null,
                    null, "Family"), sgt).request();
            f.service.approve(r.id(), r.version(), "Coverage planned", sgt);
            DateRange period = DateRange.of(r.startDate(), r.endDate());
            var plan = coverage.plan(period, List.of(), List.of(), TimeOffFixture.TODAY);
            assertFalse(plan.assignments().isEmpty(), "the plan covers Lee's vacation");
            return actor -> coverage.accept(plan, period, actor, TimeOffFixture.TODAY);
        }));
        cases.add(new UseCase("add a manual need", Permission.SCHEDULE, "CREATE", "manual_need",
                () -> actor -> coverage.addManualNeed(new ManualNeed(f.central, TimeOffFixture.march(3), "Game"), actor)));
        cases.add(new UseCase("remove a manual need", Permission.SCHEDULE, "DELETE", "manual_need", () -> {
            long id = coverage.addManualNeed(new ManualNeed(f.central, TimeOffFixture.march(4), "Dance"), sgt).id();
            return actor -> assertTrue(coverage.removeManualNeed(id, actor));
        }));
        cases.add(new UseCase("planner settings", Permission.SCHEDULE, "UPDATE", "setting",
                () -> actor -> coverage.saveSettings(new CoverageSettings(4, 1, true), actor)));
        cases.add(new UseCase("change a primary school", Permission.SCHEDULE, "UPDATE", "assignment",
                () -> actor -> new AssignmentService(db).changePrimarySchool(f.lee, north, TimeOffFixture.march(2), actor)));
        // ---- reassignments
        cases.add(new UseCase("record a reassignment", Permission.RECORD_REASSIGNMENT, "CREATE", "reassignment",
                () -> actor -> reassignments.record(nextReassignment(), confirmed(), actor)));
        cases.add(new UseCase("change a reassignment", Permission.RECORD_REASSIGNMENT, "UPDATE", "reassignment", () -> {
            ReassignmentDraft draft = nextReassignment();
            var saved = reassignments.record(draft, confirmed(), sgt).reassignment();
            ReassignmentDraft longer = new ReassignmentDraft(draft.officerId(), draft.startDate(),
                    draft.endDate().plusDays(1), null, "Patrol", "Lt. Ruiz", "ORD-2", "Longer");
            return actor -> reassignments.change(saved.id(), saved.version(), longer, confirmed(), actor);
        }));
        cases.add(new UseCase("end a reassignment early", Permission.RECORD_REASSIGNMENT, "END", "reassignment", () -> {
            ReassignmentDraft draft = nextReassignment();
            var saved = reassignments.record(draft, confirmed(), sgt).reassignment();
            return actor -> reassignments.endEarly(saved.id(), saved.version(), draft.startDate(), "", actor);
        }));
        cases.add(new UseCase("cancel a reassignment", Permission.RECORD_REASSIGNMENT, "CANCEL", "reassignment", () -> {
            var saved = reassignments.record(nextReassignment(), confirmed(), sgt).reassignment();
            return actor -> reassignments.cancel(saved.id(), saved.version(), "Order withdrawn", actor);
        }));
        cases.add(new UseCase("clear the re-planning flag", Permission.SCHEDULE, "DELETE", "setting", () -> {
            db.useTransaction(h -> {
                h.attach(SettingsDao.class).put(ReplanningFlag.FROM, "2026-03-02");
                h.attach(SettingsDao.class).put(ReplanningFlag.NOTE, "Reassignment #1: CEN is without Lee.");
            });
            return reassignments::clearReplanningFlag;
        }));
        // ---- deployment
        cases.add(new UseCase("save a what-if scenario", Permission.DEPLOYMENT_WHAT_IF, "CREATE", "deployment_scenario",
                () -> {
                    WhatIfComparison c = whatIf();
                    String name = "Minus one rover " + (++file);
                    return actor -> deployment.saveScenario(name, WHAT_IF_PERIOD, c, actor);
                }));
        // ---- imports
        cases.add(new UseCase("import a folder of reference data", Permission.SCHEDULE, "IMPORT", "import", () -> {
            Path folder = folder();
            write(folder.resolve("calls_for_service.csv"), "school_code,date,count\nCEN,2026-01-12,3\n");
            return actor -> new ImportService(db, f.clock).importFolder(folder, actor, ImportProgress.none());
        }));
        cases.add(new UseCase("import a CAD file", Permission.SCHEDULE, "IMPORT", "import", () -> {
            Path cad = folder().resolve("cad.csv");
            write(cad, "school_code,date,count\nCEN,2026-01-13,2\n");
            return actor -> deployment.importCallsForService(cad, actor, ImportProgress.none());
        }));
        // ---- compliance
        cases.add(new UseCase("add a training course", Permission.SCHEDULE, "CREATE", "training_course",
                () -> actor -> compliance.training().addCourse("FIRST_AID", "First aid", 24, actor)));
        cases.add(new UseCase("record a training completion", Permission.SCHEDULE, "CREATE", "training_completion",
                () -> {
                    long course = compliance.training().courses().get(0).id();
                    return actor -> compliance.training().recordCompletion(new CompletionDraft(f.lee, course,
                            LocalDate.of(2026, 1, 20), new BigDecimal("8"), "Academy", "", true), actor);
                }));
        cases.add(new UseCase("record a monthly log", Permission.SCHEDULE, "CREATE", "monthly_log",
                () -> actor -> compliance.logs().record(new LogDraft(f.lee, YearMonth.of(2026, 1), TimeOffFixture.TODAY,
                        2, 1, 0, 0, 1, 1, 0, 3, "", null), actor)));
        cases.add(new UseCase("plan the missing unit meetings", Permission.SCHEDULE, "CREATE", "meeting",
                () -> actor -> assertFalse(compliance.meetings().addMissingMeetings(new SchoolYear(2025), actor).isEmpty())));
        cases.add(new UseCase("move a unit meeting", Permission.SCHEDULE, "UPDATE", "meeting", () -> {
            long meeting = meeting(LocalDate.of(2026, 4, 1));
            int version = meetingVersion(meeting);
            return actor -> compliance.meetings().reschedule(meeting, version, LocalDate.of(2026, 4, 2), LocalTime.of(9, 0), actor);
        }));
        cases.add(new UseCase("record meeting attendance", Permission.SCHEDULE, "UPDATE", "attendance", () -> {
            long meeting = meeting(LocalDate.of(2026, 1, 7));
            int version = meetingVersion(meeting);
            var lee = db.withHandle(h -> h.attach(OfficerDao.class).findById(f.lee)).orElseThrow();
            return actor -> compliance.meetings().recordAttendance(meeting, version,
                    List.of(new AttendanceLine(lee, false, "Court")), actor);
        }));
        // ---- exports: data leaving the desk
        cases.add(new UseCase("export the reference CSV folder", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> new ExportService(db, f.clock).exportFolder(dir.resolve("csv-" + (++file)), actor)));
        cases.add(new UseCase("export principal roster PDFs", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> new RosterPdfService(db, f.clock, 1).exportMonth(YearMonth.of(2026, 3), List.of("CEN"),
                        dir.resolve("pdf-" + (++file)), false, RosterExportProgress.NONE, () -> false, actor)));
        cases.add(new UseCase("export the roster as CSV", Permission.EXPORT, "EXPORT", "export", () -> {
            RosterService roster = new RosterService(db);
            RosterModel model = RosterModel.of(roster.loadSnapshot(DateRange.of(TimeOffFixture.march(2),
                    TimeOffFixture.march(6))));
            return actor -> {
                try {
                    roster.exportCsv(model, model.rows(), dir.resolve("roster-" + (++file) + ".csv"), actor);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }));
        cases.add(new UseCase("export the training matrix", Permission.EXPORT, "EXPORT", "export", () -> {
            var matrix = compliance.training().matrix();
            return actor -> compliance.training().writeMatrixCsv(matrix, matrix.rows(),
                    dir.resolve("matrix-" + (++file) + ".csv"), actor);
        }));
        cases.add(new UseCase("export the program review PDF", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> compliance.review().writePdf(new SchoolYear(2025), dir.resolve("review-" + (++file) + ".pdf"),
                        actor)));
        cases.add(new UseCase("export deployment school figures", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> deployment.exportSchools(List.of(), dir.resolve("schools-" + (++file) + ".csv"), actor)));
        cases.add(new UseCase("export deployment officer figures", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> deployment.exportOfficers(List.of(), dir.resolve("officers-" + (++file) + ".csv"), actor)));
        cases.add(new UseCase("export deployment rover figures", Permission.EXPORT, "EXPORT", "export",
                () -> actor -> deployment.exportRovers(List.of(), dir.resolve("rovers-" + (++file) + ".csv"), actor)));
        cases.add(new UseCase("export a what-if comparison", Permission.EXPORT, "EXPORT", "export", () -> {
            WhatIfComparison c = whatIf();
            return actor -> deployment.exportWhatIf(c, dir.resolve("whatif-" + (++file) + ".csv"), actor);
        }));
        // ---- backups
        cases.add(new UseCase("back up now", Permission.BACK_UP, "BACKUP", "backup", () -> {
            BackupService backups = new BackupService(db, f.clock);
            return actor -> backups.backUpTo(dir.resolve("backup-" + (++file) + ".zip"), p -> { }, actor);
        }));
        cases.add(new UseCase("daily backups kept", Permission.CHANGE_SETTINGS, "UPDATE", "setting",
                () -> actor -> new BackupService(db, f.clock).setKeepDaily(7, actor)));
        return cases;
    }

    /** A one-day vacation for Lee on a weekday of a new week from 13 April on (no duplicate of an earlier one). */
    private TimeOffDraft nextVacation() {
        LocalDate day = LocalDate.of(2026, 4, 13).plusWeeks(vacationWeek++);
        return new TimeOffDraft(f.lee, TimeOffKind.VACATION, day, day, null, null, "Family");
    }

    /** Three days of rover Diaz on patrol, each in a week of its own from 4 May on. */
    private ReassignmentDraft nextReassignment() {
        LocalDate start = LocalDate.of(2026, 5, 4).plusWeeks(reassignmentWeek++);
        return new ReassignmentDraft(f.roverA, start, start.plusDays(2), null, "Patrol", "Lt. Ruiz", "ORD-1", "Detail");
    }

    private static ConflictConfirmation confirmed() {
        return new ConflictConfirmation(true, "", false);
    }

    /** Sends whatever waits in the outbox, then queues exactly one notice (an approved vacation); its id. */
    private long queueOneNotice() {
        notices.retryPending(Actors.SERGEANT);
        var r = f.service.request(nextVacation(), Actors.SERGEANT).request();
        f.service.approve(r.id(), r.version(), "", Actors.SERGEANT);
        List<org.srodesk.domain.timeoff.PrincipalNotice> pending = notices.pending();
        assertEquals(1, pending.size(), "one notice waits");
        return pending.get(0).id();
    }

    private WhatIfComparison whatIf() {
        return deployment.whatIf(WHAT_IF_PERIOD, List.of(new DeploymentChange.RemoveRovers(1)));
    }

    private long meeting(LocalDate day) {
        return db.inTransaction(h -> h.attach(UnitEventDao.class).insert(new UnitEvent(0, day, LocalTime.of(14, 0),
                "SRO unit meeting", true)));
    }

    private Path folder() {
        try {
            return Files.createDirectories(dir.resolve("in-" + (++file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
