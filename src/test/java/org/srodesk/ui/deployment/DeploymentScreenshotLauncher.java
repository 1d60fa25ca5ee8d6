package org.srodesk.ui.deployment;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.srodesk.app.MainWindow;
import org.srodesk.ui.shell.Screen;

/**
 * Not a test: opens the real main window on a database at the deployment screen, reviewing the
 * school year; with "whatif" as second argument, also runs "one rover fewer" on the What-if tab;
 * "schools", "officers" or "rovers" shows that table.
 * For {@code /work/shared/scripts/screenshot.sh OUT.png 40 -- java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.srodesk.ui.deployment.DeploymentScreenshotLauncher\$Main DB.mv.db [whatif|schools|officers|rovers]}.
 */
public final class DeploymentScreenshotLauncher extends Application {

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        String mode = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "";
        boolean whatIf = "whatif".equals(mode);
        int tab = "schools".equals(mode) ? 1 : "officers".equals(mode) ? 2 : "rovers".equals(mode) ? 3 : 0;
        org.srodesk.ui.account.SignedInScreenshotLauncher.signInWhenAsked(file, "commander"); // issue 11: sign in first
        MainWindow window = MainWindow.open(stage, file, Preferences.userRoot().node("org/srodesk/screenshot"), Platform::exit);
        stage.setWidth(1420);
        stage.setHeight(880);
        stage.setX(10);
        stage.setY(10);
        window.viewModel().readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                window.viewModel().select(Screen.DEPLOYMENT);
                later(stage, 60, () -> schoolYear(stage, whatIf));
                if (tab > 0) {
                    later(stage, 60, () -> {
                        Node tabs = stage.getScene().lookup("#deployment-tabs");
                        if (tabs instanceof TabPane pane) {
                            pane.getSelectionModel().select(tab);
                            return true;
                        }
                        return false;
                    });
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static boolean schoolYear(Stage stage, boolean whatIf) {
        Node box = stage.getScene().lookup("#deployment-period-kind");
        if (!(box instanceof ComboBox<?>)) {
            return false;
        }
        ((ComboBox<PeriodKind>) box).setValue(PeriodKind.SCHOOL_YEAR);
        if (whatIf) {
            ((TabPane) stage.getScene().lookup("#deployment-tabs")).getSelectionModel().select(4);
            ((Spinner<Integer>) stage.getScene().lookup("#whatif-remove-count")).getValueFactory().setValue(1);
            ((Button) stage.getScene().lookup("#whatif-add-remove")).fire();
            later(stage, 80, () -> {
                Button run = (Button) stage.getScene().lookup("#whatif-run");
                if (run.isDisabled()) {
                    return false;
                }
                run.fire();
                return true;
            });
        }
        return true;
    }

    /** Tries {@code step} every 250 ms until it returns true, at most {@code tries} times. */
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
            Application.launch(DeploymentScreenshotLauncher.class, args);
        }
    }
}
