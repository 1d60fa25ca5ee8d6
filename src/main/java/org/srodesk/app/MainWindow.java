package org.srodesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.ui.common.AppIcons;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.Theme;
import org.srodesk.ui.common.WindowPlacement;
import org.srodesk.ui.shell.Screen;
import org.srodesk.ui.shell.ScreenRegistry;
import org.srodesk.ui.shell.ServerConnectionDialog;
import org.srodesk.ui.shell.ServerConnectionForm;
import org.srodesk.ui.shell.ShellView;
import org.srodesk.ui.shell.ShellViewModel;

/**
 * Builds the main window on a stage and opens the database behind it. Start-up stays lean: the
 * database opens on a background thread while the window is built and shown ("Opening database…"
 * in the status bar); screens become usable when it is open. With {@code -Dsrodesk.timing=true}
 * the time from JVM start to the window shown and to the database open is printed to stderr.
 */
public final class MainWindow {

    private static final boolean TIMING = Boolean.getBoolean("srodesk.timing");
    /** For the start-up benchmark: quit as soon as the database is open and the window usable. */
    private static final boolean EXIT_AFTER_STARTUP = Boolean.getBoolean("srodesk.exitAfterStartup");

    private final Stage stage;
    private final Runnable exitApplication;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final DialogService dialogs;
    private final ScreenRegistry registry = new ScreenRegistry();
    private final ShellViewModel viewModel;
    private ShellView view;
    private volatile AppContext context;
    private boolean closed;

    private MainWindow(Stage stage, Runnable exitApplication) {
        this.stage = stage;
        this.exitApplication = exitApplication;
        this.dialogs = new FxDialogService(() -> stage);
        this.viewModel = new ShellViewModel(tasks, dialogs, Actor.commandLine(), AppVersion.current(),
                folder -> openContext().folderImporter().importFolder(folder),
                folder -> openContext().folderExporter().exportFolder(folder));
        this.viewModel.setProgressThread(javafx.application.Platform::runLater);
    }

    /**
     * Shows the main window on {@code stage} and starts opening {@code databaseFile}. Call on the
     * JavaFX thread.
     *
     * @param windowPreferences where the window placement is remembered ({@link WindowPlacement#userNode()})
     * @param exitApplication   ends the application (production: {@code Platform::exit})
     */
    public static MainWindow open(Stage stage, Path databaseFile, Preferences windowPreferences,
                                  Runnable exitApplication) {
        if (TIMING) {
            printTiming("JavaFX started");
        }
        Theme.installUserAgentStylesheet();
        MainWindow window = new MainWindow(stage, exitApplication);
        Actor actor = Actor.commandLine();
        DatabaseStartup startup = new DatabaseStartup(window.tasks, window.dialogs,
                (file, mode) -> AppContext.open(file, actor, mode), DatabaseStartup.PassphrasePrompt.dialog(() -> stage),
                new BackupRestore(java.time.Clock.systemDefaultZone()),
                file -> window.viewModel.databaseOpening(file.toString()),
                window::opened, window::quit);
        startup.open(databaseFile); // in parallel with building the window
        window.show(windowPreferences);
        return window;
    }

    /**
     * Shows the main window and connects to a PostgreSQL server database (issue 13). The password
     * comes from PGPASSWORD or ~/.pgpass, else it is asked in a dialog when the server wants one.
     * When the server cannot be used the message says why, and the app ends.
     */
    public static MainWindow openServer(Stage stage, DatabaseLocation.Server server, Preferences windowPreferences,
                                        Runnable exitApplication) {
        Theme.installUserAgentStylesheet();
        MainWindow window = new MainWindow(stage, exitApplication);
        Actor actor = Actor.commandLine();
        window.viewModel.databaseOpening(server.description());
        window.tasks.run("Connecting to " + server.description() + "…", () -> AppContext.openServer(server, actor, DatabaseOpener.PasswordPrompt.dialog(() -> stage)),
                window::opened, error -> {
                    window.dialogs.showError("Database server not available",
                            error instanceof DatabaseOpenException ? error.getMessage()
                                    : "SRO Desk could not open " + server.description() + ": " + error.getMessage(),
                            error);
                    window.quit();
                });
        window.show(windowPreferences);
        return window;
    }

    private void show(Preferences windowPreferences) {
        for (Screen screen : Screen.values()) {
            registry.register(screen, MainWindow::openingDatabase);
        }
        view = ShellView.load(viewModel, registry);
        if (TIMING) {
            printTiming("main window built");
        }
        view.setOnQuit(this::quit);
        view.setOnChooseDatabase(this::chooseServerDatabase);
        Scene scene = new Scene(view.root());
        Theme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        AppIcons.apply(stage);
        new WindowPlacement(windowPreferences).restoreAndRemember(stage);
        if (TIMING) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> printTiming("window shown"));
        }
        stage.show();
    }

    /** What every screen shows until the database is open (a moment, normally). */
    private static Node openingDatabase() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(36, 36);
        VBox box = new VBox(12, progress, new Label("Opening the database…"));
        box.setAlignment(Pos.CENTER);
        box.setId("opening-database");
        return box;
    }

    private void opened(AppContext opened) {
        if (closed) {
            opened.close();
            return;
        }
        context = opened;
        registry.clear(); // drop the "Opening the database…" views
        opened.registerScreens(registry, tasks, dialogs, () -> stage);
        viewModel.databaseOpened(opened.databaseDescription(), opened.districtService()::summary);
        DailyBackup.start(opened, viewModel, tasks, dialogs,
                new DeskBackupCommands(this::openContext, reopened -> javafx.application.Platform.runLater(() -> opened(reopened))));
        // -Dsrodesk.screen=coverage opens on that screen (screenshots, demos)
        java.util.Arrays.stream(Screen.values()).filter(s -> s.id().equals(System.getProperty("srodesk.screen"))).findFirst().ifPresent(viewModel::select);
        view.showSelectedScreen();
        if (TIMING) {
            printTiming("database open");
        }
        if (EXIT_AFTER_STARTUP) {
            javafx.application.Platform.runLater(this::quit);
        }
    }

    /**
     * File → Database…: asks for a PostgreSQL server database, connects to it off the FX thread
     * (password from .pgpass, else asked) and, once it is open, puts it in place of the current one,
     * which is then closed. When it cannot be opened, the current database stays open.
     */
    private void chooseServerDatabase() {
        AppContext current = context;
        ServerConnectionForm form = new ServerConnectionForm(System.getProperty("user.name"));
        Optional<ServerConnectionForm.Choice> choice = new ServerConnectionDialog(stage, form).showAndWait();
        if (choice.isEmpty()) {
            return;
        }
        DatabaseLocation.Server server = (DatabaseLocation.Server) DatabaseLocation.parse(choice.get().jdbcUrl(),
                choice.get().user());
        Actor actor = Actor.commandLine();
        viewModel.databaseOpening(server.description());
        tasks.run("Connecting to " + server.description() + "…",
                () -> AppContext.openServer(server, actor, DatabaseOpener.PasswordPrompt.dialog(() -> stage)),
                opened -> {
                    AppContext previous = context;
                    opened(opened);
                    if (previous != null && previous != opened) {
                        previous.close();
                    }
                },
                error -> {
                    dialogs.showError("Database server not available",
                            error instanceof DatabaseOpenException ? error.getMessage()
                                    : "SRO Desk could not open " + server.description() + ": " + error.getMessage(),
                            error);
                    if (current != null) {
                        viewModel.databaseOpened(current.databaseDescription(), current.districtService()::summary);
                    } else {
                        viewModel.databaseUnavailable();
                    }
                });
    }

    private AppContext openContext() {
        AppContext current = context;
        if (current == null) {
            throw new IllegalStateException("No database is open.");
        }
        return current;
    }

    private void quit() {
        stage.close();
        exitApplication.run();
    }

    private static void printTiming(String what) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("startup: " + what + " after " + ms + " ms");
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    /** The open desk, once the database is open. */
    public Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }

    /** Releases the database and the worker threads; idempotent. Call on the JavaFX thread. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tasks.close();
        AppContext current = context;
        context = null;
        if (current != null) {
            current.close();
        }
    }
}
