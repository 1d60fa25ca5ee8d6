package org.srodesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.srodesk.domain.account.SignInPolicy;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.ui.account.ChangePasswordViewModel;
import org.srodesk.ui.account.FxAccountDialogs;
import org.srodesk.ui.account.FxSignInDialogs;
import org.srodesk.ui.account.SessionLock;
import org.srodesk.ui.account.SignInFlow;
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
import org.srodesk.ui.shell.SessionCommands;
import org.srodesk.ui.shell.ShellView;
import org.srodesk.ui.shell.ShellViewModel;

/**
 * Builds the main window on a stage and opens the database behind it. Start-up stays lean: the
 * database opens on a background thread while the window is built and shown ("Opening database…"
 * in the status bar); then someone signs in (or, on a database without accounts, creates the first
 * administrator), and only then are the screens their role may use registered. With
 * {@code -Dsrodesk.timing=true} the time from JVM start to the window shown, to the database open and
 * to the sign-in dialog shown is printed to stderr.
 */
public final class MainWindow {

    private static final boolean TIMING = Boolean.getBoolean("srodesk.timing");
    /** For the start-up benchmark: quit as soon as the sign-in dialog is shown (the window usable to sign in). */
    private static final boolean EXIT_AFTER_STARTUP = Boolean.getBoolean("srodesk.exitAfterStartup");

    private final Stage stage;
    private final Runnable exitApplication;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final DialogService dialogs;
    private final ScreenRegistry registry = new ScreenRegistry();
    private final ShellViewModel viewModel;
    private ShellView view;
    private volatile AppContext context;
    private SessionLock sessionLock;
    private Duration idleOverride;
    private boolean closed;

    private MainWindow(Stage stage, Runnable exitApplication) {
        this.stage = stage;
        this.exitApplication = exitApplication;
        this.dialogs = new FxDialogService(() -> stage);
        this.viewModel = new ShellViewModel(tasks, dialogs, AppVersion.current(),
                folder -> openContext().folderImporter().importFolder(folder),
                folder -> openContext().folderExporter().exportFolder(folder));
        this.viewModel.setProgressThread(javafx.application.Platform::runLater);
        this.viewModel.useSession(new SessionCommands() {
            @Override
            public void changePassword() {
                MainWindow.this.changePassword();
            }

            @Override
            public void lockNow() {
                if (sessionLock != null) {
                    sessionLock.lockNow();
                }
            }

            @Override
            public void signOut() {
                MainWindow.this.signOut();
            }
        });
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
        DatabaseStartup startup = new DatabaseStartup(window.tasks, window.dialogs,
                AppContext::open, DatabaseStartup.PassphrasePrompt.dialog(() -> stage),
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
        window.viewModel.databaseOpening(server.description());
        window.tasks.run("Connecting to " + server.description() + "…", () -> AppContext.openServer(server, DatabaseOpener.PasswordPrompt.dialog(() -> stage)),
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

    /**
     * A database is open (at start, after File → Database…, after a restore): the screens of whoever was
     * signed in go, and someone signs in to this database before any screen is registered.
     */
    private void opened(AppContext opened) {
        if (closed) {
            opened.close();
            return;
        }
        endSession();
        context = opened;
        opened.onIdleMinutesChanged(minutes -> {
            if (sessionLock != null && context == opened) {
                sessionLock.setIdleTime(Duration.ofMinutes(minutes));
            }
        });
        registry.clear(); // drop the "Opening the database…" views
        viewModel.databaseOpened(opened.databaseDescription(), opened.districtService()::summary);
        DailyBackup.start(opened, viewModel, tasks, dialogs,
                new DeskBackupCommands(this::openContext, reopened -> javafx.application.Platform.runLater(() -> opened(reopened))));
        if (TIMING) {
            printTiming("database open");
        }
        signInWhenNoDialogIsOpen(opened);
    }

    /**
     * Starts signing in once no other dialog is waiting for an answer (a message about the restore just
     * done, a dialog closed by a sign-out that has not returned yet), so the sign-in dialog is never nested
     * inside another dialog's wait and nothing of the last session runs after the next one began.
     */
    private void signInWhenNoDialogIsOpen(AppContext opened) {
        if (closed || context != opened) {
            return;
        }
        if (javafx.application.Platform.isNestedLoopRunning()) {
            PauseTransition later = new PauseTransition(javafx.util.Duration.millis(100));
            later.setOnFinished(e -> signInWhenNoDialogIsOpen(opened));
            later.play();
            return;
        }
        javafx.application.Platform.runLater(() -> {
            if (closed || context != opened) {
                return;
            }
            if (javafx.application.Platform.isNestedLoopRunning()) {
                signInWhenNoDialogIsOpen(opened);
                return;
            }
            new SignInFlow(opened.accountService(), tasks, signInDialogs(opened), dialogs)
                    .start(actor -> signedIn(opened, actor), this::quit);
        });
    }

    private FxSignInDialogs signInDialogs(AppContext opened) {
        return new FxSignInDialogs(() -> stage, () -> "Database: " + opened.databaseDescription(), dialog -> {
            if (TIMING) {
                printTiming("sign-in shown");
            }
            if (EXIT_AFTER_STARTUP) {
                // The benchmark's end: the window is up and asks who signs in. Closing the dialog quits.
                javafx.application.Platform.runLater(dialog::close);
            }
        });
    }

    /** {@code actor} signed in to {@code opened}: the screens their role may use, the status bar, the lock. */
    private void signedIn(AppContext opened, Actor actor) {
        if (closed || context != opened) {
            return;
        }
        opened.signedIn(actor);
        registry.clear();
        opened.registerScreens(registry, tasks, dialogs, () -> stage);
        viewModel.signedIn(actor);
        // -Dsrodesk.screen=coverage opens on that screen (screenshots, demos)
        java.util.Arrays.stream(Screen.values()).filter(s -> s.id().equals(System.getProperty("srodesk.screen"))).findFirst().ifPresent(viewModel::select);
        view.showSelectedScreen();
        if (sessionLock == null) {
            sessionLock = new SessionLock(stage, tasks);
        }
        SessionLock lock = sessionLock;
        lock.start(actor, opened.accountService(), Duration.ofMinutes(SignInPolicy.DEFAULT_IDLE_MINUTES), this::signOut);
        tasks.run("Reading the session lock…", opened.accountService()::idleMinutes, minutes -> {
            if (context == opened && opened.isSignedIn() && opened.actor().equals(actor) && idleOverride == null) {
                lock.setIdleTime(Duration.ofMinutes(minutes));
            }
        }, error -> { }); // the default 15 minutes stay
        if (idleOverride != null) {
            lock.setIdleTime(idleOverride);
        }
    }

    /** Closes the signed-in session's screens and dialogs; nobody is signed in afterwards. */
    private void endSession() {
        if (sessionLock != null) {
            sessionLock.stop();
        }
        AppContext current = context;
        if (current != null && current.isSignedIn()) {
            current.signedOut();
        }
        registry.clear();
        viewModel.signedOut();
        if (view != null) {
            view.showSelectedScreen();
        }
    }

    /** Account → Sign out (or Sign out on the lock prompt): audited, every dialog closed, then the sign-in dialog. */
    private void signOut() {
        AppContext current = context;
        if (current == null || !current.isSignedIn()) {
            return;
        }
        Actor leaving = current.actor();
        closeOtherWindows();
        endSession();
        tasks.run("Signing out…", () -> {
            current.accountService().recordSignOut(leaving);
            return leaving;
        }, done -> { }, error -> dialogs.showError("Sign-out not recorded",
                "The sign-out could not be written to the audit log: " + error.getMessage()));
        signInWhenNoDialogIsOpen(current);
    }

    /** Closes every dialog of the session (as if cancelled: what was typed in them is dropped). */
    private void closeOtherWindows() {
        for (Window window : new java.util.ArrayList<>(Window.getWindows())) {
            if (window == stage || !window.isShowing()) {
                continue;
            }
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
            if (window.isShowing()) {
                window.hide();
            }
        }
    }

    /** Account → Change password…. */
    private void changePassword() {
        AppContext current = context;
        if (current == null || !current.isSignedIn()) {
            return;
        }
        if (FxAccountDialogs.showChangePassword(stage, new ChangePasswordViewModel(current.accountService(), tasks,
                current.actor(), false))) {
            dialogs.showInformation("Password changed", "Your password was changed. Use the new one from now on.");
        }
    }

    /** The session lock of the signed-in session (tests shorten its idle time), once someone signed in. */
    public Optional<SessionLock> sessionLock() {
        return Optional.ofNullable(sessionLock);
    }

    /**
     * Locks after {@code idle} instead of the database's setting, for this window's sessions (tests and
     * screenshots; the app never calls it).
     */
    public void overrideIdleTime(Duration idle) {
        this.idleOverride = idle;
        if (sessionLock != null) {
            sessionLock.setIdleTime(idle);
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
        viewModel.databaseOpening(server.description());
        tasks.run("Connecting to " + server.description() + "…",
                () -> AppContext.openServer(server, DatabaseOpener.PasswordPrompt.dialog(() -> stage)),
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
        if (sessionLock != null) {
            sessionLock.dispose();
        }
        tasks.close();
        AppContext current = context;
        context = null;
        if (current != null) {
            current.close();
        }
    }
}
