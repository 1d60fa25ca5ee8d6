package org.srodesk.ui.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.effect.Effect;
import javafx.scene.effect.GaussianBlur;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.TaskRunner;
import org.srodesk.ui.common.Theme;

/**
 * The session lock (CJIS 5.5.5): after N idle minutes, or at Account → Lock now, every window of the app
 * is blurred and disabled — dialogs stay open with whatever was typed in them — and a prompt over the main
 * window asks for the signed-in person's password. Unlocking restores each window's effect and disabled
 * state exactly as they were; "Sign out" ends the session instead.
 *
 * <p>The prompt is a window of its own, modal and laid exactly over the main window (showing the main
 * window blurred behind the prompt), rather than a node inside the main window: a dialog open at the
 * time of the lock is modal and blocks input to the main window, so a prompt inside it could not be typed
 * into. A window that opens while locked is blurred too and the prompt is raised above it again.
 */
public final class SessionLock {

    private final Stage mainWindow;
    private final TaskRunner tasks;
    private AccountService accounts;
    private final IdleMonitor idle;
    private final LockViewModel viewModel;
    private final Map<Parent, Saved> saved = new IdentityHashMap<>();
    private final InvalidationListener follow = o -> placePrompt();
    private final ListChangeListener<Window> windowsOpened = change -> {
        while (change.next()) {
            if (this.locked && change.wasAdded()) {
                Platform.runLater(this::coverNewWindows);
            }
        }
    };
    private Stage prompt;
    private LockPane pane;
    private Actor actor;
    private Runnable onSignOut = () -> { };
    private boolean locked;

    /** What a window's root looked like before the lock. */
    private record Saved(Effect effect, boolean disabledHere, boolean disable) {
    }

    public SessionLock(Stage mainWindow, TaskRunner tasks) {
        this.mainWindow = Objects.requireNonNull(mainWindow);
        this.tasks = Objects.requireNonNull(tasks);
        this.idle = new IdleMonitor();
        this.viewModel = new LockViewModel(tasks);
        Window.getWindows().addListener(windowsOpened);
    }

    /**
     * Arms the lock for {@code who}'s session: it locks after {@code idleTime} without input.
     *
     * @param accounts the accounts of the database {@code who} signed in to (unlocking, the audit rows)
     * @param signOut what "Sign out" on the lock prompt does (ends the session; then call {@link #stop()})
     */
    public void start(Actor who, AccountService accounts, Duration idleTime, Runnable signOut) {
        this.actor = Objects.requireNonNull(who);
        this.accounts = Objects.requireNonNull(accounts);
        this.onSignOut = Objects.requireNonNull(signOut);
        if (locked) {
            restoreWindows();
        }
        idle.start(idleTime, () -> lock(idleTime));
    }

    /** Changes the idle time of the running session (the Accounts screen's setting, or a test's few milliseconds). */
    public void setIdleTime(Duration idleTime) {
        idle.setIdleTime(idleTime);
    }

    public Duration idleTime() {
        return idle.idleTime();
    }

    /** Locks at once (Account → Lock now); audited with 0 idle minutes. */
    public void lockNow() {
        idle.stop();
        lock(Duration.ZERO);
    }

    /** Disarms the lock (signing out); an open prompt goes away and the windows are restored. */
    public void stop() {
        idle.stop();
        if (locked) {
            restoreWindows();
        }
        actor = null;
    }

    /** Stops for good (the main window closes): the windows are no longer watched. */
    public void dispose() {
        stop();
        idle.dispose();
        Window.getWindows().removeListener(windowsOpened);
        if (prompt != null) {
            prompt.close();
        }
    }

    public boolean isLocked() {
        return locked;
    }

    /** The prompt's model (tests look at its message). */
    public LockViewModel viewModel() {
        return viewModel;
    }

    private void lock(Duration after) {
        if (locked || actor == null) {
            return;
        }
        locked = true;
        viewModel.locked(actor, accounts);
        coverNewWindows();
        showPrompt();
        Actor who = actor;
        AccountService audit = accounts;
        int minutes = (int) after.toMinutes();
        tasks.run("Locking…", () -> {
            audit.recordSessionLocked(who, minutes);
            return who;
        }, done -> { }, error -> viewModel.tell("The lock could not be written to the audit log: " + error.getMessage()));
    }

    /** Blurs and disables every window not yet covered; pop-ups (menus, tooltips, lists) are closed. */
    private void coverNewWindows() {
        if (!locked) {
            return;
        }
        boolean added = false;
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window == prompt || !window.isShowing() || window.getScene() == null) {
                continue;
            }
            if (window instanceof PopupWindow popup) {
                if (popup.getOwnerWindow() != prompt) {
                    popup.hide();
                }
                continue;
            }
            Parent root = window.getScene().getRoot();
            if (root == null || saved.containsKey(root)) {
                continue;
            }
            boolean bound = root.disableProperty().isBound();
            saved.put(root, new Saved(root.getEffect(), !bound, root.isDisable()));
            root.setEffect(new GaussianBlur(24));
            if (!bound) {
                root.setDisable(true);
            }
            added = true;
        }
        if (added && prompt != null && prompt.isShowing()) {
            // A window that opened while locked (a message, say) would take the input: raise the prompt above it.
            prompt.hide();
            showPrompt();
        }
    }

    private void showPrompt() {
        if (prompt == null) {
            buildPrompt();
        }
        if (mainWindow.getScene() == null) {
            pane.showBackground(null);
        } else {
            // The snapshot includes the blur's spill beyond the window (24 px each side): draw it where the
            // blurred root really is, not shifted by that much to the right and down.
            Parent root = mainWindow.getScene().getRoot();
            javafx.geometry.Bounds drawn = root.getBoundsInParent();
            pane.showBackground(root.snapshot(null, null));
            pane.placeBackground(drawn.getMinX(), drawn.getMinY());
        }
        placePrompt();
        mainWindow.xProperty().addListener(follow);
        mainWindow.yProperty().addListener(follow);
        mainWindow.widthProperty().addListener(follow);
        mainWindow.heightProperty().addListener(follow);
        prompt.show();
        prompt.toFront();
        pane.focusPassword();
    }

    private void buildPrompt() {
        prompt = new Stage(StageStyle.UNDECORATED);
        prompt.initOwner(mainWindow);
        prompt.initModality(Modality.APPLICATION_MODAL);
        prompt.setTitle("SRO Desk — locked");
        pane = new LockPane(viewModel, () -> viewModel.submit(this::unlocked), this::signOutFromPrompt);
        Scene scene = new Scene(pane);
        Theme.style(scene);
        prompt.setScene(scene);
        prompt.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, WindowEvent::consume); // no way round the prompt
    }

    private void placePrompt() {
        if (prompt == null || mainWindow.getScene() == null) {
            return;
        }
        Scene scene = mainWindow.getScene();
        prompt.setX(mainWindow.getX() + scene.getX());
        prompt.setY(mainWindow.getY() + scene.getY());
        prompt.setWidth(Math.max(scene.getWidth(), 420));
        prompt.setHeight(Math.max(scene.getHeight(), 320));
    }

    private void unlocked() {
        restoreWindows();
        if (actor != null) {
            idle.start(idle.idleTime(), () -> lock(idle.idleTime()));
        }
    }

    private void signOutFromPrompt() {
        Runnable signOut = onSignOut;
        stop();
        signOut.run();
    }

    /** Gives every window back its own effect and disabled state, and takes the prompt away. */
    private void restoreWindows() {
        locked = false;
        List<Map.Entry<Parent, Saved>> entries = new ArrayList<>(saved.entrySet());
        saved.clear();
        for (Map.Entry<Parent, Saved> entry : entries) {
            Parent root = entry.getKey();
            Saved before = entry.getValue();
            root.setEffect(before.effect());
            if (before.disabledHere()) {
                root.setDisable(before.disable());
            }
        }
        mainWindow.xProperty().removeListener(follow);
        mainWindow.yProperty().removeListener(follow);
        mainWindow.widthProperty().removeListener(follow);
        mainWindow.heightProperty().removeListener(follow);
        if (prompt != null) {
            pane.showBackground(null);
            prompt.hide();
        }
    }
}
