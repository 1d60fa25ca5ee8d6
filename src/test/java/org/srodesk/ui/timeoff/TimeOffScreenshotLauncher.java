package org.srodesk.ui.timeoff;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.srodesk.app.MainWindow;
import org.srodesk.ui.shell.Screen;

/**
 * Not a test: opens the real main window on a database, goes to the time-off screen and, with
 * "decide" as second argument, opens the decision dialog on the first pending request. Used with
 * {@code /work/shared/scripts/screenshot.sh} to look at the screen in a real window.
 */
public final class TimeOffScreenshotLauncher extends Application {

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        boolean decide = getParameters().getRaw().size() > 1 && getParameters().getRaw().get(1).startsWith("decide");
        if (getParameters().getRaw().size() > 1 && "decide-extended".equals(getParameters().getRaw().get(1))) {
            enterExtendedVacation(file);
        }
        Preferences preferences = Preferences.userRoot().node("org/srodesk/screenshot");
        org.srodesk.ui.account.SignedInScreenshotLauncher.signInWhenAsked(file, "sergeant"); // issue 11: sign in first
        MainWindow window = MainWindow.open(stage, file, preferences, Platform::exit);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.setX(20);
        stage.setY(20);
        window.viewModel().readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                window.viewModel().select(Screen.TIME_OFF);
                if (decide) {
                    openDecisionLater(stage, 40);
                }
            }
        });
    }

    /** Enters a Monday-to-Friday vacation in session, a few days ahead, for a high-school SRO. */
    private static void enterExtendedVacation(Path file) {
        try (org.srodesk.persistence.Database database = org.srodesk.persistence.Database.openFile(file)) {
            var settings = new org.srodesk.service.TimeOffSettingsService(database);
            var service = new org.srodesk.service.TimeOffService(database, settings, java.time.Clock.systemDefaultZone());
            var calendar = new org.srodesk.service.RosterService(database).calendar();
            java.time.LocalDate monday = java.time.LocalDate.now().plusDays(3)
                    .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            while (calendar.schoolDays(org.srodesk.domain.DateRange.of(monday, monday.plusDays(4))).size() < 5) {
                monday = monday.plusWeeks(1);
            }
            java.time.LocalDate start = monday;
            var row = service.list(org.srodesk.service.TimeOffFilter.ALL).stream()
                    .filter(r -> r.school().filter(org.srodesk.domain.School::isHigh).isPresent()).findFirst().orElseThrow();
            service.request(new org.srodesk.service.TimeOffDraft(row.officer().id(), org.srodesk.domain.TimeOffKind.VACATION,
                    start, start.plusDays(4), null, null, "Family wedding out of state"),
                    new org.srodesk.service.Actor("sgt.olson", "Sgt. Olson", org.srodesk.domain.account.Role.SERGEANT));
        }
    }

    private static void openDecisionLater(Stage stage, int tries) {
        Platform.runLater(() -> {
            Node node = stage.getScene().lookup("#time-off-table");
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                ((Button) stage.getScene().lookup("#time-off-decide")).fire();
            } else if (tries > 0) {
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
                pause.setOnFinished(e -> openDecisionLater(stage, tries - 1));
                pause.play();
            }
        });
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(TimeOffScreenshotLauncher.class, args);
        }
    }
}
