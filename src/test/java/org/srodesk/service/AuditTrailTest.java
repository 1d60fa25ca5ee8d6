package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.testing.Actors;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TimeOffFixture;

/**
 * The audit rows of writes, exactly: what before and after say for the main use cases, and that a write
 * which fails — refused input, a stale version, a rollback half-way, an audit row that cannot be written —
 * leaves neither its change nor its row.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AuditTrailTest {

    private static final LocalDate APRIL_13 = LocalDate.of(2026, 4, 13);

    private final TimeOffFixture f;

    AuditTrailTest(Backend backend) {
        f = new TimeOffFixture(backend);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void approvingTimeOffRecordsTheRequestBeforeAndAfterTheDecision() {
        TimeOffRequest r = f.service.request(vacation(), Actors.SERGEANT).request();
        f.service.approve(r.id(), r.version(), "Enjoy", Actors.SERGEANT);

        AuditEntry row = latest();
        assertEquals(List.of("sgt.olson", "APPROVE", "time_off_request", Long.toString(r.id())),
                List.of(row.userName(), row.action(), row.entity(), row.entityId()));
        assertEquals("status=REQUESTED; officer_id=" + f.lee + "; kind=VACATION; start=2026-04-13; end=2026-04-13;"
                + " hours=; decided_by=; comment=; version=0", row.before());
        assertEquals("status=APPROVED; officer_id=" + f.lee + "; kind=VACATION; start=2026-04-13; end=2026-04-13;"
                + " hours=; decided_by=sgt.olson; comment=Enjoy; version=1", row.after());
    }

    @Test
    void enteringSickLeaveIsOneCreationShownAsApproved() {
        long before = auditRows();
        TimeOffRequest r = f.service.request(new TimeOffDraft(f.lee, TimeOffKind.SICK, APRIL_13, APRIL_13, null, null,
                "Flu"), Actors.SERGEANT).request();
        assertEquals(before + 1, auditRows());
        AuditEntry row = latest();
        assertEquals("CREATE", row.action());
        assertEquals("", row.before());
        assertEquals("status=APPROVED; officer_id=" + f.lee + "; kind=SICK; start=2026-04-13; end=2026-04-13; hours=;"
                + " decided_by=sgt.olson; comment=Sick leave recorded; version=" + r.version(), row.after());
    }

    @Test
    void recordingAReassignmentRecordsItInFullAsTheCommander() {
        ReassignmentService service = new ReassignmentService(f.database, f.clock);
        var saved = service.record(new ReassignmentDraft(f.roverA, APRIL_13, APRIL_13.plusDays(2), null, "Patrol",
                "Lt. Ruiz", "ORD-7", "Detail"), ConflictConfirmation.NONE, Actors.COMMANDER).reassignment();

        AuditEntry row = latest();
        assertEquals(List.of("cmdr.hale", "CREATE", "reassignment", Long.toString(saved.id()), ""),
                List.of(row.userName(), row.action(), row.entity(), row.entityId(), row.before()));
        assertEquals("officer_id=" + f.roverA + "; start=2026-04-13; end=2026-04-15; destination_school_id=;"
                + " duty=Patrol; ordered_by=Lt. Ruiz; order_reference=ORD-7; status=ACTIVE; version=0", row.after());
    }

    @Test
    void changingAPrimarySchoolRecordsThePostingBeforeAndAfter() {
        long north = f.database.inTransaction(h -> h.attach(SchoolDao.class).insert(new School(0, "NOR", "North High",
                SchoolLevel.HIGH, "", "Dr. Birch", "birch@school.test", "651-555-0110", "East")));
        var created = new AssignmentService(f.database).changePrimarySchool(f.lee, north, TimeOffFixture.march(2),
                Actors.SERGEANT);

        AuditEntry row = latest();
        assertEquals(List.of("sgt.olson", "UPDATE", "assignment", Long.toString(created.id())),
                List.of(row.userName(), row.action(), row.entity(), row.entityId()));
        assertEquals("officer=4127; school=CEN; start=2025-08-01; end=", row.before());
        assertEquals("officer=4127; school=NOR; start=2026-03-02; end=; previous_ends=2026-03-01", row.after());
    }

    @Test
    void aStaleVersionChangesNothingAndWritesNoAuditRow() {
        TimeOffRequest r = f.service.request(vacation(), Actors.SERGEANT).request();
        f.service.deny(r.id(), r.version(), "Short-staffed", Actors.SERGEANT);
        long rows = auditRows();

        assertThrows(ConcurrentChangeException.class, () -> f.service.approve(r.id(), r.version(), "", Actors.SERGEANT));
        assertEquals(rows, auditRows());
        assertEquals(TimeOffStatus.DENIED, status(r.id()));
    }

    @Test
    void refusedInputWritesNoAuditRow() {
        TimeOffRequest r = f.service.request(vacation(), Actors.SERGEANT).request();
        long rows = auditRows();

        assertThrows(ValidationException.class, () -> f.service.deny(r.id(), r.version(), "  ", Actors.SERGEANT));
        assertThrows(ValidationException.class, () -> f.service.request(new TimeOffDraft(f.lee, TimeOffKind.VACATION,
                APRIL_13, APRIL_13.minusDays(1), null, null, ""), Actors.SERGEANT));
        assertThrows(ValidationException.class, () -> f.settings.save(0, 7, "", 587, true, "", "", Actors.ADMIN));
        assertEquals(rows, auditRows());
    }

    @Test
    void aRollbackAfterTheAuditRowWasWrittenTakesTheRowWithIt() {
        // Sick leave writes its request and audit row, then queues the principal's notice: make that refuse.
        f.database.useTransaction(h -> h.execute("ALTER TABLE principal_notice ADD CONSTRAINT no_notice_to_ames"
                + " CHECK (recipient <> 'ames@school.test')"));
        long rows = auditRows();
        int requests = f.count("time_off_request");

        assertThrows(RuntimeException.class, () -> f.service.request(new TimeOffDraft(f.lee, TimeOffKind.SICK,
                APRIL_13, APRIL_13, null, null, "Flu"), Actors.SERGEANT));
        assertEquals(rows, auditRows(), "the audit row rolled back with the change");
        assertEquals(requests, f.count("time_off_request"));
    }

    @Test
    void aChangeWhoseAuditRowCannotBeWrittenIsNotCommitted() {
        TimeOffRequest r = f.service.request(vacation(), Actors.SERGEANT).request();
        f.database.useTransaction(h -> h.execute("ALTER TABLE audit_log ADD CONSTRAINT no_approvals"
                + " CHECK (action <> 'APPROVE')"));

        assertThrows(RuntimeException.class, () -> f.service.approve(r.id(), r.version(), "", Actors.SERGEANT));
        assertEquals(TimeOffStatus.REQUESTED, status(r.id()));
        assertEquals(0, f.count("principal_notice"));
    }

    private TimeOffDraft vacation() {
        return new TimeOffDraft(f.lee, TimeOffKind.VACATION, APRIL_13, APRIL_13, null, null, "Family");
    }

    private TimeOffStatus status(long id) {
        return f.database.withHandle(h -> h.attach(TimeOffDao.class).findById(id)).orElseThrow().status();
    }

    private long auditRows() {
        return f.database.withHandle(h -> h.attach(AuditDao.class).count());
    }

    private AuditEntry latest() {
        return f.database.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 1)).get(0);
    }
}
