package org.srodesk.ui.account;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.srodesk.app.MainWindow;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.shell.Screen;

/**
 * Not a test: opens the real main window on a (demo) database and signs in <em>through the real sign-in
 * dialog</em> with a demo account, then goes to a screen — for {@code ../shared/scripts/screenshot.sh}.
 * Arguments: {@code DB [user] [what]}; {@code user} is a demo account (admin, sergeant, commander, viewer;
 * password {@value #DEMO_PASSWORD}); {@code what} is a screen id (e.g. {@code accounts}), {@code sign-in}
 * (stop at the filled-in sign-in dialog), {@code audit} (the Audit screen with the newest approval selected),
 * {@code lock} (sign in, open New account…, type, lock now) or
 * {@code first-admin} (a new database). The demo accounts are created here when the database has none of them.
 *
 * <pre>{@code
 * ../shared/scripts/screenshot.sh out.png 12 -- java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.srodesk.ui.account.SignedInScreenshotLauncher\$Main /tmp/demo-small.mv.db admin accounts
 * }</pre>
 */
public final class SignedInScreenshotLauncher extends Application {

    static final String DEMO_PASSWORD = org.srodesk.service.demo.DemoDistrictGenerator.DEMO_PASSWORD;

    private static final List<Object[]> DEMO_ACCOUNTS = List.of(
            new Object[] {"admin", "Lt. Dana Admin", Role.ADMIN},
            new Object[] {"sergeant", "Sgt. Maria Olson", Role.SERGEANT},
            new Object[] {"commander", "Cmdr. James Hale", Role.COMMANDER},
            new Object[] {"viewer", "Pat Lee (viewer)", Role.VIEWER});

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = Path.of(args.get(0));
        String user = args.size() > 1 ? args.get(1) : "admin";
        String what = args.size() > 2 ? args.get(2) : "roster";
        if (!"first-admin".equals(what)) {
            ensureDemoAccounts(file);
        }
        if ("accounts".equals(what)) {
            lockOut(file, "viewer"); // so the screen shows a locked account, selected, with Unlock to press
        }
        MainWindow window = MainWindow.open(stage, file, Preferences.userRoot().node("org/srodesk/screenshot"),
                Platform::exit);
        stage.setX(20);
        stage.setY(20);
        stage.setWidth(1400);
        stage.setHeight(860);
        if ("first-admin".equals(what)) {
            whenShowing("first-admin-dialog", pane -> {
                fill(pane, "first-admin-user", "lt.morgan");
                fill(pane, "first-admin-name", "Lt. Morgan");
            }, 80);
            return;
        }
        whenShowing("sign-in-dialog", pane -> {
            fill(pane, "sign-in-user", user);
            fill(pane, "sign-in-password", DEMO_PASSWORD);
            if (!"sign-in".equals(what)) {
                ((Button) pane.lookup("#sign-in-submit")).fire();
            }
        }, 80);
        window.viewModel().readyProperty().addListener((obs, old, ready) -> {
            if (!ready) {
                return;
            }
            if ("lock".equals(what)) {
                window.viewModel().select(Screen.ACCOUNTS);
                later(1500, () -> {
                    Button newAccount = (Button) stage.getScene().lookup("#accounts-new");
                    Platform.runLater(newAccount::fire);
                    whenShowing("new-account-dialog", pane -> {
                        fill(pane, "account-user", "sgt.rivera");
                        fill(pane, "account-name", "Sgt. Ana Rivera");
                        later(800, () -> window.sessionLock().orElseThrow().lockNow());
                    }, 40);
                });
            } else if ("accounts".equals(what)) {
                window.viewModel().select(Screen.ACCOUNTS);
                later(1500, () -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TableView<org.srodesk.domain.account.Account> table =
                            (javafx.scene.control.TableView<org.srodesk.domain.account.Account>)
                                    stage.getScene().lookup("#accounts-table");
                    table.getItems().stream().filter(a -> a.userName().equals("viewer")).findFirst()
                            .ifPresent(a -> table.getSelectionModel().select(a));
                });
            } else if ("audit".equals(what)) {
                window.viewModel().select(Screen.AUDIT);
                later(1500, () -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TableView<org.srodesk.domain.account.AuditEntry> table =
                            (javafx.scene.control.TableView<org.srodesk.domain.account.AuditEntry>)
                                    stage.getScene().lookup("#audit-table");
                    table.getItems().stream().filter(e -> e.action().equals("APPROVE")).findFirst()
                            .ifPresent(e -> table.getSelectionModel().select(e));
                });
            } else {
                java.util.Arrays.stream(Screen.values()).filter(s -> s.id().equals(what)).findFirst()
                        .ifPresent(window.viewModel()::select);
            }
        });
    }

    /**
     * For the other screenshot launchers: call before {@code MainWindow.open} on {@code file}; it makes sure the
     * demo accounts exist and signs in as {@code user} through the real sign-in dialog once it shows.
     */
    public static void signInWhenAsked(Path file, String user) {
        ensureDemoAccounts(file);
        whenShowing("sign-in-dialog", pane -> {
            fill(pane, "sign-in-user", user);
            fill(pane, "sign-in-password", DEMO_PASSWORD);
            ((Button) pane.lookup("#sign-in-submit")).fire();
        }, 80);
    }

    /** The demo accounts, unless the database has them already (the demo generator adds them too). */
    public static void ensureDemoAccounts(Path file) {
        try (Database database = Database.openFile(file)) {
            AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
            database.useTransaction(h -> {
                for (Object[] demo : DEMO_ACCOUNTS) {
                    boolean exists = h.createQuery("SELECT COUNT(*) FROM app_user WHERE user_name = :u")
                            .bind("u", demo[0]).mapTo(Integer.class).one() > 0;
                    if (!exists) {
                        AccountService.createUnchecked(h, "demo", (String) demo[0], (String) demo[1], (Role) demo[2],
                                DEMO_PASSWORD.toCharArray(), Instant.now());
                    }
                }
            });
            if (accounts.needsFirstAdmin()) {
                throw new IllegalStateException("no demo accounts in " + file);
            }
        }
    }

    private static void lockOut(Path file, String user) {
        try (Database database = Database.openFile(file)) {
            AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
            for (int i = 0; i < 5; i++) {
                try {
                    accounts.signIn(user, "not the password".toCharArray());
                } catch (org.srodesk.service.account.SignInException expected) {
                    // the fifth locks the account for 15 minutes
                }
            }
        }
    }

    private static void whenShowing(String id, java.util.function.Consumer<DialogPane> then, int tries) {
        Optional<DialogPane> pane = Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().lookup("#" + id))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
        if (pane.isPresent()) {
            then.accept(pane.get());
        } else if (tries > 0) {
            later(250, () -> whenShowing(id, then, tries - 1));
        }
    }

    private static void fill(DialogPane pane, String id, String text) {
        ((TextField) pane.lookup("#" + id)).setText(text);
    }

    private static void later(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(SignedInScreenshotLauncher.class, args);
        }
    }
}
