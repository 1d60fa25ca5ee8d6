package org.srodesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.audit.AuditService;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The Audit screen's model without a toolkit, on a real in-memory database. */
class AuditViewModelTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @TempDir
    Path folder;

    private final Database database = Database.openInMemory("audit-view-model-" + System.nanoTime());
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @AfterEach
    void close() {
        database.close();
    }

    private AuditViewModel model(Actor actor, int limit) {
        AuditViewModel model = new AuditViewModel(new AuditService(database, ZONE), new DirectTaskRunner(), dialogs,
                actor, () -> TODAY, limit);
        model.load();
        return model;
    }

    private void add(String when, String user, String action, String entity) {
        database.useTransaction(h -> h.attach(AuditDao.class).insert(new AuditEntry(0,
                LocalDateTime.parse(when).atZone(ZONE).toInstant(), user, action, entity, "12", "status=REQUESTED",
                "status=APPROVED")));
    }

    private static List<String> actions(AuditViewModel model) {
        return model.rows().stream().map(AuditEntry::action).toList();
    }

    @Test
    void opensOnTheLastThirtyDaysForEveryoneNewestFirst() {
        add("2026-03-01T23:59:59", "sgt.olson", "TOO_OLD", "time_off_request");
        add("2026-03-02T00:00:00", "sgt.olson", "FIRST_DAY", "time_off_request");
        add("2026-03-31T17:00:00", "cmdr.hale", "TODAY", "reassignment");
        AuditViewModel model = model(Actors.ADMIN, 100);
        assertEquals(LocalDate.of(2026, 3, 2), model.fromFilterProperty().get());
        assertEquals(TODAY, model.toFilterProperty().get());
        assertEquals(List.of("TODAY", "FIRST_DAY"), actions(model));
        assertEquals("2 entries.", model.countProperty().get());
        assertEquals(Arrays.asList(null, "cmdr.hale", "sgt.olson"), model.userChoices());
        assertEquals(Arrays.asList(null, "reassignment", "time_off_request"), model.entityChoices());
        assertFalse(model.exportDisabledProperty().get());
    }

    @Test
    void choosingAUserOrARecordNarrowsTheRowsAndResetBringsThemBack() {
        add("2026-03-10T09:00:00", "sgt.olson", "APPROVE", "time_off_request");
        add("2026-03-11T09:00:00", "cmdr.hale", "CREATE", "reassignment");
        add("2026-03-12T09:00:00", "sgt.olson", "CREATE", "reassignment");
        AuditViewModel model = model(Actors.COMMANDER, 100);
        model.userFilterProperty().set("sgt.olson");
        assertEquals(List.of("CREATE", "APPROVE"), actions(model));
        model.entityFilterProperty().set("reassignment");
        assertEquals(1, model.rows().size());
        assertEquals("sgt.olson", model.rows().get(0).userName());
        model.resetFilters();
        assertNull(model.userFilterProperty().get());
        assertEquals(3, model.rows().size());
    }

    @Test
    void moreRowsThanTheLimitSayHowManyMatchInAll() {
        for (int day = 10; day < 17; day++) {
            add("2026-03-" + day + "T09:00:00", "sgt.olson", "DAY_" + day, "time_off_request");
        }
        AuditViewModel model = model(Actors.ADMIN, 5);
        assertEquals(List.of("DAY_16", "DAY_15", "DAY_14", "DAY_13", "DAY_12"), actions(model));
        assertEquals("Showing the newest 5 of 7 matching entries.", model.countProperty().get());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsExplainedAndNothingIsShown() {
        add("2026-03-10T09:00:00", "sgt.olson", "APPROVE", "time_off_request");
        AuditViewModel model = model(Actors.ADMIN, 100);
        model.toFilterProperty().set(LocalDate.of(2026, 3, 1));
        assertTrue(model.filterProblemProperty().get().contains("before the first day"), model.filterProblemProperty().get());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.exportDisabledProperty().get());
        model.toFilterProperty().set(TODAY);
        assertEquals("", model.filterProblemProperty().get());
        assertEquals(1, model.rows().size());
    }

    @Test
    void aSergeantSeesTheRefusalInsteadOfRowsAndCannotExport() {
        add("2026-03-10T09:00:00", "sgt.olson", "APPROVE", "time_off_request");
        AuditViewModel model = model(Actors.SERGEANT, 100);
        assertTrue(model.rows().isEmpty());
        assertEquals("Sgt. Olson is signed in as sergeant and may not view the audit log.", model.refusalProperty().get());
        assertTrue(model.exportDisabledProperty().get());
        model.exportCsv();
        assertTrue(dialogs.shown.isEmpty(), "no file chooser, no dialog: " + dialogs.shown);
    }

    @Test
    void exportWritesTheFileSaysWhereAndShowsItsOwnAuditRow() throws Exception {
        add("2026-03-10T09:00:00", "sgt.olson", "APPROVE", "time_off_request");
        AuditViewModel model = model(Actors.ADMIN, 100);
        model.toFilterProperty().set(null); // the export's own row is written now, after "today"
        Path file = folder.resolve("audit.csv");
        dialogs.pathAnswers.add(Optional.of(file));
        model.exportCsv();
        assertEquals("chooseFileToSave", dialogs.last().kind());
        assertEquals("Exported 1 entry to " + file.toAbsolutePath() + ".", model.messageProperty().get());
        assertTrue(Files.readString(file).contains("status=APPROVED"));
        assertEquals(List.of("EXPORT", "APPROVE"), actions(model));
        assertTrue(model.entityChoices().contains(AuditService.AUDIT_LOG));
    }

    @Test
    void wordsForTheTable() {
        assertEquals("Time off request", AuditViewModel.recordLabel("time_off_request"));
        assertEquals("All records", AuditViewModel.recordLabel(null));
        assertEquals("Everyone", AuditViewModel.userLabel(null));
        assertEquals("Sign in failed", AuditViewModel.actionLabel("SIGN_IN_FAILED"));
    }
}
