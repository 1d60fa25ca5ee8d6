package org.srodesk.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.CoverageService;
import org.srodesk.service.RosterService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.CoverageFixture;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage screen headless on Monocle: plan, accept through the real confirm dialog, see the roster change. */
class CoverageViewTest {

    private static final DateRange MARCH = DateRange.monthOf(CoverageFixture.MARCH_2);

    private final FxRobot robot = new FxRobot();
    private Database db;
    private CoverageFixture f;
    private FxTaskRunner tasks;
    private CoverageView view;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showScreen() throws TimeoutException {
        db = Database.openInMemory("coverage-view-" + System.nanoTime());
        f = CoverageFixture.create(db);
        CoverageService service = new CoverageService(db, new RosterService(db));
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            tasks = new FxTaskRunner();
            stage = new Stage();
            FxCoveragePrompts prompts = new FxCoveragePrompts(() -> stage);
            view = CoverageView.load(new CoverageViewModel(service, tasks, new FxDialogService(() -> stage), prompts,
                    new Actor("sgt.ramirez", "Sgt. Ramirez", Role.SERGEANT), () -> CoverageFixture.MARCH_2));
            Scene scene = new Scene(view.root(), 1280, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            view.viewModel().replan();
        });
        waitUntilIdle();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            tasks.close();
            stage.close();
        });
        FxToolkit.cleanupStages();
        db.close();
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().plannedProperty().get() != null
                && !tasks.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<CoverageAssignment> stored() {
        return db.withHandle(h -> h.attach(CoverageDao.class).findBetween(MARCH.start(), MARCH.end()));
    }

    @Test
    void planningShowsTheAbsencesAndAcceptingPutsTheRoversOnTheRoster() throws TimeoutException {
        TreeTableView<?> table = robot.lookup("#coverage-table").queryAs(TreeTableView.class);
        assertEquals(2, table.getRoot().getChildren().size(), "CEN and HAR");
        assertTrue(robot.lookup("#coverage-totals").queryAs(Label.class).getText().startsWith("8 need-days · 8 covered"));

        robot.clickOn("#coverage-accept");
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup((Node n) -> n instanceof Button b && "Accept plan".equals(b.getText()))
                .queryAs(Button.class);
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().size() == 8);
        waitUntilIdle();

        CoverageAssignment first = stored().get(0);
        DayStatus status = new RosterService(db).loadSnapshot(MARCH).statusOf(first.roverId(), first.date());
        assertEquals(DayStatusKind.COVERING, status.kind());
        assertEquals(first.schoolId(), status.schoolId());
        assertEquals(first.schoolId() == f.cen ? "CEN" : "HAR", status.place());
        assertFalse(robot.lookup("#coverage-status").queryAs(Label.class).getText().isBlank());
        assertTrue(view.viewModel().rows().stream().flatMap(s -> s.children().stream())
                .flatMap(b -> b.children().stream()).allMatch(d -> d.source().equals("Accepted")));
    }

    @Test
    void aViewerSeesThePlanUnderAReadOnlyBannerWithEveryChangeDisabled() throws TimeoutException {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's screen has no banner");
        FxToolkit.setupFixture(() -> {
            view = CoverageView.load(new CoverageViewModel(new CoverageService(db, new RosterService(db)), tasks,
                    new FxDialogService(() -> stage), new FxCoveragePrompts(() -> stage), Actors.VIEWER,
                    () -> CoverageFixture.MARCH_2));
            stage.setScene(new Scene(view.root(), 1280, 800));
            view.viewModel().replan();
        });
        waitUntilIdle();
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#coverage-table").queryAs(TreeTableView.class).getRoot().getChildren().size());
        for (String id : List.of("#coverage-accept", "#coverage-pin", "#coverage-clear-pin", "#coverage-add-need",
                "#coverage-k", "#coverage-r")) {
            Node control = robot.lookup(id).query();
            assertTrue(control.isDisabled(), id);
            assertEquals("Your role (viewer) may not schedule officers.", RoleGate.explanation(control), id);
        }
        assertFalse(robot.lookup("#coverage-replan").query().isDisabled(), "re-planning is reading");
        robot.clickOn("#coverage-accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((Node n) -> n instanceof Button b && "Accept plan".equals(b.getText())).tryQuery().isEmpty(),
                "no accept question");
        assertTrue(stored().isEmpty());
    }

    @Test
    void anotherDesksChangeOverUnsavedSettingsShowsANoticeWhoseReloadReplansKeepingTheSelectedRow()
            throws TimeoutException {
        TreeTableView<CoverageRow> table = robot.lookup("#coverage-table").queryAs(TreeTableView.class);
        Node notice = robot.lookup("#coverage-other-desk").query();
        assertFalse(notice.isVisible());
        CoverageViewModel vm = view.viewModel();
        robot.interact(() -> {
            table.getSelectionModel().select(table.getRoot().getChildren().get(1)); // HAR
            vm.reserveRoversProperty().set(3); // changed, not applied
        });
        new CoverageService(db, new RosterService(db)).addManualNeed(
                new org.srodesk.domain.coverage.ManualNeed(f.wash, CoverageFixture.MARCH_11, "Assembly"),
                new Actor("sgt.two", "Sgt. Two", Role.SERGEANT));

        robot.interact(vm::otherDeskChanged);

        assertTrue(notice.isVisible());
        assertEquals("Another desk changed coverage —",
                robot.lookup("#coverage-other-desk-notice").queryAs(Label.class).getText());
        assertEquals(2, table.getRoot().getChildren().size(), "nothing reloaded under the sergeant's edit");

        robot.clickOn("#coverage-other-desk-reload");
        waitUntilIdle();

        assertFalse(notice.isVisible());
        assertEquals(3, table.getRoot().getChildren().size(), "the other desk's need is shown");
        assertEquals("HAR", table.getSelectionModel().getSelectedItem().getValue().label().substring(0, 3),
                "the selected school is selected again");
    }
}
