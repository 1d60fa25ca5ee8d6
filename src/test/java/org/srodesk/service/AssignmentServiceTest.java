package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.RosterFixture.CEN;
import static org.srodesk.testing.RosterFixture.HAR;
import static org.srodesk.testing.RosterFixture.LEE;
import static org.srodesk.testing.RosterFixture.OKAFOR;
import static org.srodesk.testing.RosterFixture.RAM;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.persistence.Database;
import org.srodesk.testing.RosterFixture;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AssignmentServiceTest {

    private final Database database;
    private final AssignmentService service;

    AssignmentServiceTest(Backend backend) {
        database = RosterFixture.database(backend, "assignments");
        service = new AssignmentService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void changingTheSchoolClosesTheOldPostingTheDayBeforeAndOpensTheNewOne() {
        Assignment created = service.changePrimarySchool(LEE, RAM, LocalDate.of(2026, 3, 16), Actors.SERGEANT);

        assertTrue(created.id() > 0);
        List<Assignment> history = service.history(LEE);
        assertEquals(2, history.size());
        assertEquals(LocalDate.of(2026, 3, 15), history.get(0).endDate());
        assertEquals(CEN, history.get(0).schoolId());
        assertEquals(new Assignment(created.id(), LEE, RAM, LocalDate.of(2026, 3, 16), null), history.get(1));
    }

    @Test
    void theRosterFollowsTheChange() {
        service.changePrimarySchool(LEE, HAR, LocalDate.of(2026, 3, 16), Actors.SERGEANT);
        RosterSnapshot snapshot = new RosterService(database).loadSnapshot(RosterFixture.MARCH);
        assertEquals("CEN", snapshot.statusOf(LEE, LocalDate.of(2026, 3, 6)).shortLabel());
        assertEquals("HAR", snapshot.statusOf(LEE, LocalDate.of(2026, 3, 16)).shortLabel());
    }

    @Test
    void aRoverHasNoPrimarySchool() {
        var e = assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(OKAFOR, CEN, LocalDate.of(2026, 3, 16), Actors.SERGEANT));
        assertEquals("Ofc. Ben Okafor is a rover: rovers have no primary school.", e.getMessage());
    }

    @Test
    void unknownOfficerOrSchoolIsRefusedByName() {
        assertEquals("There is no officer with id 99.", assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(99, CEN, LocalDate.of(2026, 3, 16), Actors.SERGEANT)).getMessage());
        assertEquals("There is no school with id 77.", assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(LEE, 77, LocalDate.of(2026, 3, 16), Actors.SERGEANT)).getMessage());
    }

    @Test
    void aDateNotAfterTheCurrentPostingsStartIsRefusedAndNothingChanges() {
        var e = assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(LEE, RAM, LocalDate.of(2025, 8, 1), Actors.SERGEANT));
        assertEquals("The change must start after the current posting began on 2025-08-01.", e.getMessage());
        assertEquals(RosterFixture.assignments().get(0), service.history(LEE).get(0));
        assertEquals(1, service.history(LEE).size());
    }

    @Test
    void aDateBeforeAnyPostingIsRefusedBecauseALaterPostingExists() {
        var e = assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(LEE, RAM, LocalDate.of(2025, 1, 1), Actors.SERGEANT));
        assertTrue(e.getMessage().contains("already has a posting starting 2025-08-01"), e.getMessage());
    }

    @Test
    void theSameSchoolIsRefused() {
        var e = assertThrows(AssignmentChangeException.class,
                () -> service.changePrimarySchool(LEE, CEN, LocalDate.of(2026, 3, 16), Actors.SERGEANT));
        assertEquals("Ofc. Pat Lee is already posted to Central High on 2026-03-16.", e.getMessage());
    }

    @Test
    void aMissingDateIsRefused() {
        assertThrows(AssignmentChangeException.class, () -> service.changePrimarySchool(LEE, RAM, null, Actors.SERGEANT));
    }

    @Test
    void whenTheInsertFailsTheCloseIsRolledBack() {
        // A constraint that refuses only the new row makes the insert fail after the close succeeded.
        database.useTransaction(h -> h.execute("ALTER TABLE assignment ADD CONSTRAINT no_ram CHECK (school_id <> 4)"));
        assertThrows(RuntimeException.class, () -> service.changePrimarySchool(LEE, RAM, LocalDate.of(2026, 3, 16), Actors.SERGEANT));
        List<Assignment> history = service.history(LEE);
        assertEquals(1, history.size());
        assertEquals(null, history.get(0).endDate(), "the old posting is still open");
    }

    @Test
    void aPostingWithAnEndDatePassesItsEndToTheNewPosting() {
        database.useTransaction(h -> h.execute("UPDATE assignment SET end_date = DATE '2026-06-30' WHERE officer_id = ?", LEE));
        Assignment created = service.changePrimarySchool(LEE, RAM, LocalDate.of(2026, 3, 16), Actors.SERGEANT);
        assertEquals(LocalDate.of(2026, 6, 30), created.endDate());
        assertEquals(LocalDate.of(2026, 3, 15), service.history(LEE).get(0).endDate());
    }

    @Test
    void closingAPostingSomeoneElseAlreadyClosedChangesNothing() {
        database.useTransaction(h -> {
            var dao = h.attach(org.srodesk.persistence.AssignmentDao.class);
            assertEquals(1, dao.closeIfUnchanged(1, null, LocalDate.of(2026, 3, 15)), "first desk");
            assertEquals(0, dao.closeIfUnchanged(1, null, LocalDate.of(2026, 3, 20)), "second desk read it open");
        });
        assertEquals(LocalDate.of(2026, 3, 15), service.history(LEE).get(0).endDate());
    }

    @Test
    void anUnassignedPrimarySroSimplyGetsTheNewPosting() {
        database.useTransaction(h -> h.execute("DELETE FROM assignment WHERE officer_id = ?", LEE));
        service.changePrimarySchool(LEE, RAM, LocalDate.of(2026, 3, 16), Actors.SERGEANT);
        assertEquals(1, service.history(LEE).size());
        assertEquals(LocalDate.of(2026, 3, 16), service.history(LEE).get(0).startDate());
    }
}
