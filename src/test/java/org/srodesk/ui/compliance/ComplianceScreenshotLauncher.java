package org.srodesk.ui.compliance;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.srodesk.app.MainWindow;
import org.srodesk.ui.shell.Screen;

/**
 * Not a test: opens the real main window on a database, goes to the compliance screen and selects
 * tab {@code training}, {@code logs} or {@code meetings} (second argument); with a third argument
 * {@code dialog} it opens that tab's dialog on its first line. Used with
 * {@code /work/shared/scripts/screenshot.sh} to look at the screen in a real window:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.srodesk.ui.compliance.ComplianceScreenshotLauncher\$Main DB logs dialog}.
 */
public final class ComplianceScreenshotLauncher extends Application {

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        String tab = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "training";
        boolean dialog = getParameters().getRaw().size() > 2;
        org.srodesk.ui.account.SignedInScreenshotLauncher.signInWhenAsked(file, "sergeant"); // issue 11: sign in first
        MainWindow window = MainWindow.open(stage, file, Preferences.userRoot().node("org/srodesk/screenshot"), Platform::exit);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.setX(20);
        stage.setY(20);
        window.viewModel().readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                window.viewModel().select(Screen.COMPLIANCE);
                showLater(stage, tab, dialog, 40);
            }
        });
    }

    private static void showLater(Stage stage, String tab, boolean dialog, int tries) {
        Platform.runLater(() -> {
            Node tabs = stage.getScene().lookup("#compliance-tabs");
            String tableId = switch (tab) {
                case "logs" -> "#log-table";
                case "meetings" -> "#meeting-table";
                default -> "#matrix-table";
            };
            Node table = stage.getScene().lookup(tableId);
            if (tabs instanceof TabPane pane && table instanceof TableView<?> view && !view.getItems().isEmpty()) {
                pane.getSelectionModel().select(switch (tab) {
                    case "logs" -> 1;
                    case "meetings" -> 2;
                    default -> 0;
                });
                if (dialog) {
                    view.getSelectionModel().select(0);
                    String button = switch (tab) {
                        case "logs" -> "#record-log";
                        case "meetings" -> "#meeting-attendance";
                        default -> "#record-training";
                    };
                    ((Button) stage.getScene().lookup(button)).fire();
                }
            } else if (tries > 0) {
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
                pause.setOnFinished(e -> showLater(stage, tab, dialog, tries - 1));
                pause.play();
            }
        });
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ComplianceScreenshotLauncher.class, args);
        }
    }
}
