package org.srodesk.ui.export;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.export.pdf.MarchFixture;
import org.srodesk.persistence.Database;
import org.srodesk.service.DistrictService;
import org.srodesk.service.RosterPdfService;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;
import org.srodesk.ui.common.RoleGate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export screen in a real (headless) stage: the work runs on the FxTaskRunner's threads. */
class ExportViewTest {

    @TempDir
    Path folder;

    final FxRobot robot = new FxRobot();
    final RecordingDialogService dialogs = new RecordingDialogService();
    Database database;
    FxTaskRunner tasks;
    Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showView() throws TimeoutException {
        database = Database.openInMemory("export-view-" + System.nanoTime());
        new MarchFixture().insertInto(database);
        tasks = new FxTaskRunner();
        ExportViewModel viewModel = new ExportViewModel(new RosterPdfService(database), new DistrictService(database),
                tasks, dialogs, Platform::runLater, path -> { }, ExportViewModelTest.FEBRUARY_15, Actors.SERGEANT);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(ExportView.create(viewModel), 900, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> stage.close());
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSelectionOfSchoolsFoundBySearchIsExportedIntoTheChosenFolder() throws Exception {
        RadioButton all = robot.lookup("#export-all").queryAs(RadioButton.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "All schools (4)".equals(all.getText()));

        robot.clickOn("#export-selection");
        robot.clickOn("#export-search").write("high");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup("#export-school-list").queryAs(ListView.class).getItems().size());
        robot.clickOn("Select all shown");
        assertEquals("2 selected", robot.lookup("#export-selected-count").queryAs(Label.class).getText());

        Button export = robot.lookup("#export-run").queryAs(Button.class);
        assertTrue(export.isDisabled(), "no folder yet");
        dialogs.pathAnswers.add(Optional.of(folder));
        robot.clickOn("#export-choose-folder");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-run");

        Label status = robot.lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Wrote 2 roster PDFs"));
        assertEquals(List.of("CEN_2027-03.pdf", "WHS_2027-03.pdf"), written());
        assertTrue(robot.lookup("#export-cancel").queryAs(Button.class).isDisabled(), "nothing left to cancel");
    }

    @Test
    void aViewerSeesAReadOnlyBannerAndADisabledExportThatSaysWhy() throws Exception {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's screen has no banner");
        ExportViewModel viewer = new ExportViewModel(new RosterPdfService(database), new DistrictService(database),
                tasks, dialogs, Platform::runLater, path -> { }, ExportViewModelTest.FEBRUARY_15, Actors.VIEWER);
        FxToolkit.setupFixture(() -> stage.setScene(new Scene(ExportView.create(viewer), 900, 760)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        dialogs.pathAnswers.add(Optional.of(folder));
        robot.clickOn("#export-choose-folder");
        WaitForAsyncUtils.waitForFxEvents();
        Button export = robot.lookup("#export-run").queryAs(Button.class);
        assertTrue(export.isDisabled());
        assertEquals("Your role (viewer) may not export rosters and reports.", RoleGate.explanation(export));
        assertEquals(RoleGate.explanation(export), ((javafx.scene.control.Tooltip) export.getParent().getProperties()
                .get("javafx.scene.control.Tooltip")).getText(), "the tooltip shows on the button's holder");
        robot.clickOn("#export-run").push(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), written(), "neither a click nor Enter exports");
    }
}
