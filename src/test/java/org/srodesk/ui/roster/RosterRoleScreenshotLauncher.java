package org.srodesk.ui.roster;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.srodesk.app.AppContext;
import org.srodesk.domain.account.Role;
import org.srodesk.service.Actor;
import org.srodesk.service.AssignmentService;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.Theme;

/**
 * Not a test: opens the roster screen on a database as a signed-in role (default VIEWER; second
 * argument SERGEANT, COMMANDER, VIEWER or ADMIN) and, after a moment, shows the tooltip of the disabled
 * "Request time off…" entry, so the read-only banner and a gated action's reason are in one picture.
 * Used with {@code /work/shared/scripts/screenshot.sh}:
 * {@code screenshot.sh out.png 12 -- java -cp … org.srodesk.ui.roster.RosterRoleScreenshotLauncher\$Main DB [ROLE]}.
 */
public final class RosterRoleScreenshotLauncher extends Application {

    private AppContext context;
    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        Actor actor = getParameters().getRaw().size() > 1
                ? Actors.of(Role.valueOf(getParameters().getRaw().get(1))) : Actors.VIEWER;
        context = AppContext.open(file, actor);
        tasks = new FxTaskRunner();
        Theme.installUserAgentStylesheet();
        RosterViewModel viewModel = new RosterViewModel(context.rosterService(), new AssignmentService(context.database()),
                tasks, new FxDialogService(() -> stage), LocalDate::now, actor);
        viewModel.timeOffEntryProperty().set((officer, days, officers) -> false);
        viewModel.reassignmentEntryProperty().set((officer, days) -> { });
        Scene scene = new Scene(RosterView.create(viewModel), 1400, 860);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("SRO Desk — roster as " + actor.describe());
        stage.setX(20);
        stage.setY(20);
        stage.show();
        PauseTransition later = new PauseTransition(Duration.seconds(4));
        later.setOnFinished(e -> showGateTooltip(scene));
        later.play();
    }

    private static void showGateTooltip(Scene scene) {
        Node button = scene.lookup("#timeOffButton");
        if (button != null && button.getParent().getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip) {
            Bounds bounds = button.localToScreen(button.getBoundsInLocal());
            tip.show(button, bounds.getMinX() - 120, bounds.getMaxY() + 6);
        }
    }

    @Override
    public void stop() {
        tasks.close();
        context.close();
        Platform.exit();
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(RosterRoleScreenshotLauncher.class, args);
        }
    }
}
