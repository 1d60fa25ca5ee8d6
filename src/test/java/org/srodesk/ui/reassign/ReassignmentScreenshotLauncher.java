package org.srodesk.ui.reassign;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.srodesk.app.MainWindow;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.persistence.Database;
import org.srodesk.service.TimeOffFilter;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.ui.shell.Screen;

/**
 * Not a test: opens the real main window on a database at the Reassignments screen. With "dialog" as
 * second argument it opens the reassignment dialog the way the roster will
 * ({@link ReassignmentsViewModel#recordFor}) for an officer with approved time off ahead, around those
 * days, and fills in a duty and who ordered it, so the conflict shows. With "select" it selects the
 * first row. Used with {@code /work/shared/scripts/screenshot.sh}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.srodesk.ui.reassign.ReassignmentScreenshotLauncher\$Main DB [dialog|select]}.
 */
public final class ReassignmentScreenshotLauncher extends Application {

    private record Target(long officerId, LocalDate first, LocalDate last) {
    }

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        String mode = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "";
        Target target = "dialog".equals(mode) ? findTimeOffAhead(file) : null;
        if ("select".equals(mode)) {
            recordAndChange(file);
        }
        org.srodesk.ui.account.SignedInScreenshotLauncher.signInWhenAsked(file, "sergeant"); // issue 11: sign in first
        MainWindow window = MainWindow.open(stage, file, Preferences.userRoot().node("org/srodesk/screenshot"),
                Platform::exit);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.setX(20);
        stage.setY(20);
        window.viewModel().readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                window.viewModel().select(Screen.REASSIGNMENTS);
                later(stage, 240, () -> {
                    Node node = stage.getScene().lookup("#reassignments-table");
                    if (!(node instanceof TableView<?> table) || table.getItems().isEmpty()) {
                        return false;
                    }
                    if ("select".equals(mode)) {
                        int newest = 0;
                        for (int i = 0; i < table.getItems().size(); i++) {
                            if (((org.srodesk.service.ReassignmentRow) table.getItems().get(i)).reassignment().id()
                                    > ((org.srodesk.service.ReassignmentRow) table.getItems().get(newest)).reassignment().id()) {
                                newest = i;
                            }
                        }
                        table.getSelectionModel().select(newest);
                    } else if (target != null) {
                        later(stage, 240, () -> fillDialog());
                        Platform.runLater(() -> window.context().orElseThrow().reassignments()
                                .recordFor(target.officerId(), target.first(), target.last()));
                    }
                    return true;
                });
            }
        });
    }

    /** Records a high-school SRO's reassignment to investigations next week, then extends it: two history steps. */
    private static void recordAndChange(Path file) {
        try (Database database = Database.openFile(file)) {
            var service = new org.srodesk.service.ReassignmentService(database, java.time.Clock.systemDefaultZone());
            var roster = new org.srodesk.service.RosterService(database);
            LocalDate monday = LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            var snapshot = roster.loadSnapshot(org.srodesk.domain.DateRange.of(monday, monday.plusDays(11)));
            var officer = snapshot.officers().stream().filter(o -> !o.isRover())
                    .filter(o -> snapshot.homeSchool(o.id(), monday).filter(org.srodesk.domain.School::isHigh).isPresent())
                    .filter(o -> snapshot.schedule(o.id()).timeOff().isEmpty()).findFirst().orElseThrow();
            var sergeant = new org.srodesk.service.Actor("sgt.olson", "Sgt. Olson", org.srodesk.domain.account.Role.SERGEANT);
            var draft = new org.srodesk.service.ReassignmentDraft(officer.id(), monday, monday.plusDays(4), null,
                    "Investigations", "Commander R. Axtell", "SPPD-SO-2026-0140", "Assist investigations with a school-related case");
            var saved = service.record(draft, org.srodesk.service.ConflictConfirmation.NONE, sergeant).reassignment();
            service.change(saved.id(), saved.version(), new org.srodesk.service.ReassignmentDraft(officer.id(), monday,
                    monday.plusDays(11), null, "Investigations", "Commander R. Axtell", "SPPD-SO-2026-0140",
                    "Assist investigations with a school-related case; extended by the commander"),
                    new org.srodesk.service.ConflictConfirmation(true, "Extension confirmed by phone", false), sergeant);
        }
    }

    private static Target findTimeOffAhead(Path file) {
        try (Database database = Database.openFile(file)) {
            TimeOffService service = new TimeOffService(database, new TimeOffSettingsService(database),
                    java.time.Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            return service.list(TimeOffFilter.ALL).stream()
                    .filter(r -> r.request().status() == TimeOffStatus.APPROVED && r.request().startDate().isAfter(today)
                            && r.school().isPresent() && r.school().get().isHigh())
                    .findFirst()
                    .map(r -> new Target(r.officer().id(), r.request().startDate().minusDays(1),
                            r.request().endDate().plusDays(3)))
                    .orElseThrow();
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean fillDialog() {
        for (Window w : Window.getWindows()) {
            Node duty = w.getScene() == null ? null : w.getScene().lookup("#reassign-duty");
            if (duty != null) {
                ((ComboBox<String>) duty).getEditor().setText("Special event");
                ((ComboBox<String>) w.getScene().lookup("#reassign-rank")).getEditor().setText("Deputy Chief");
                ((TextField) w.getScene().lookup("#reassign-ordered-by")).setText("Maria Lindqvist");
                ((TextField) w.getScene().lookup("#reassign-reference")).setText("SPPD-SO-2026-031");
                ((TextArea) w.getScene().lookup("#reassign-reason")).setText("Dignitary visit security detail");
                return true;
            }
        }
        return false;
    }

    /** Runs {@code step} on the FX thread every 250 ms until it returns true or the tries run out. */
    private static void later(Stage stage, int tries, java.util.function.BooleanSupplier step) {
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> {
            if (!step.getAsBoolean() && tries > 0) {
                later(stage, tries - 1, step);
            }
        });
        pause.play();
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ReassignmentScreenshotLauncher.class, args);
        }
    }
}
