package org.srodesk.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.srodesk.app.AppContext;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.TimeOffFilter;
import org.srodesk.service.TimeOffRow;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignInException;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.Theme;
import org.srodesk.ui.shell.Screen;
import org.srodesk.ui.shell.ScreenRegistry;
import org.srodesk.ui.shell.ShellView;
import org.srodesk.ui.shell.ShellViewModel;

/**
 * Not a test: opens the main window's shell on a database as an administrator and shows the Audit screen,
 * for {@code /work/shared/scripts/screenshot.sh}. Run it on a demo database:
 *
 * <pre>
 * java -cp … org.srodesk.app.Main --generate-demo small --db /tmp/audit-shot.mv.db
 * screenshot.sh audit.png 14 -- java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.srodesk.ui.audit.AuditScreenshotLauncher\$Main /tmp/audit-shot.mv.db
 * </pre>
 *
 * <p>When the log is empty it is filled first: accounts created, sign-ins and a failed one through the real
 * {@link AccountService}; and, spread over the last days, the rows the scheduling use cases write (time-off
 * decisions on the demo's real requests, a reassignment, accepted coverage, a roster export) inserted
 * directly, in the words those use cases use.
 */
public final class AuditScreenshotLauncher extends Application {

    private static final Actor ADMIN = new Actor("admin", "Lt. Dana Reyes", Role.ADMIN);

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().get(0));
        Database database = Database.openFile(file);
        if (database.withHandle(h -> h.attach(AuditDao.class).count()) == 0) {
            fill(database);
        }
        Theme.installUserAgentStylesheet();
        FxTaskRunner tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AppContext context = AppContext.of(database, ADMIN);
        ShellViewModel shell = new ShellViewModel(tasks, dialogs, "screenshot", folder -> "", folder -> "");
        ScreenRegistry registry = new ScreenRegistry();
        context.registerScreens(registry, tasks, dialogs, () -> stage);
        ShellView view = ShellView.load(shell, registry);
        Scene scene = new Scene(view.root(), 1400, 860);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("SRO Desk — Audit log");
        stage.setX(20);
        stage.setY(20);
        stage.show();
        shell.databaseOpened(context.databaseDescription(), context.districtService()::summary);
        shell.signedIn(ADMIN);
        shell.select(Screen.AUDIT);
        view.showSelectedScreen();
        selectLater(stage, 40);
    }

    /** Selects the first time-off decision, so the detail pane shows a long before and after. */
    @SuppressWarnings("unchecked")
    private static void selectLater(Stage stage, int tries) {
        Platform.runLater(() -> {
            Node node = stage.getScene().lookup("#audit-table");
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
                TableView<AuditEntry> rows = (TableView<AuditEntry>) table;
                rows.getItems().stream().filter(e -> e.action().equals("APPROVE")).findFirst()
                        .ifPresent(e -> {
                            rows.getSelectionModel().select(e);
                            rows.scrollTo(Math.max(0, rows.getItems().indexOf(e) - 3));
                        });
            } else if (tries > 0) {
                PauseTransition pause = new PauseTransition(Duration.millis(250));
                pause.setOnFinished(e -> selectLater(stage, tries - 1));
                pause.play();
            }
        });
    }

    private static void fill(Database database) {
        AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
        Actor admin = accounts.createFirstAdmin("admin", "Lt. Dana Reyes", "correct horse battery staple".toCharArray()).actor();
        accounts.createAccount(admin, "sgt.olson", "Sgt. Karen Olson", Role.SERGEANT, "temporary-pass-1".toCharArray());
        accounts.createAccount(admin, "cmdr.hale", "Cmdr. James Hale", Role.COMMANDER, "temporary-pass-2".toCharArray());
        accounts.createAccount(admin, "viewer.lee", "Pat Lee", Role.VIEWER, "temporary-pass-3".toCharArray());
        try {
            accounts.signIn("sgt.olson", "temporary-pass-l".toCharArray());
        } catch (SignInException expected) {
            // the failed sign-in is what we want in the log
        }
        accounts.signIn("sgt.olson", "temporary-pass-1".toCharArray());

        TimeOffService timeOff = new TimeOffService(database, new TimeOffSettingsService(database), Clock.systemDefaultZone());
        List<TimeOffRow> requests = timeOff.list(TimeOffFilter.ALL).stream().limit(6).toList();
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now();
        database.useTransaction(h -> {
            AuditDao dao = h.attach(AuditDao.class);
            int step = 0;
            for (TimeOffRow row : requests) {
                var r = row.request();
                String officer = row.officer().displayName();
                String days = r.startDate() + " to " + r.endDate();
                Instant created = today.minusDays(9 - step).atTime(LocalTime.of(7, 40).plusMinutes(37L * step)).atZone(zone).toInstant();
                dao.insert(new AuditEntry(0, created, "sgt.olson", "CREATE", "time_off_request", String.valueOf(r.id()), "",
                        AuditLog.state("officer", officer, "kind", r.kind(), "days", days, "status", "REQUESTED",
                                "note", r.note())));
                boolean deny = step == 2;
                dao.insert(new AuditEntry(0, created.plusSeconds(3600L * 26 + 60L * step), "sgt.olson", deny ? "DENY" : "APPROVE",
                        "time_off_request", String.valueOf(r.id()), AuditLog.state("status", "REQUESTED", "version", 0),
                        AuditLog.state("status", deny ? "DENIED" : "APPROVED", "version", 1, "reason", deny
                                ? "Unit meeting that day; ask again for the following week"
                                : "Approved; the principal was notified by e-mail, rover coverage planned for the high-school days"
                                        + " (justification: family wedding out of state, booked in September)")));
                step++;
            }
            Instant reassigned = today.minusDays(2).atTime(10, 12).atZone(zone).toInstant();
            dao.insert(new AuditEntry(0, reassigned, "cmdr.hale", "CREATE", "reassignment", "3", "",
                    AuditLog.state("officer", requests.isEmpty() ? "" : requests.get(0).officer().displayName(),
                            "to", "Patrol, Western District", "days", today.plusDays(3) + " to " + today.plusDays(7),
                            "ordered by", "Cmdr. James Hale", "reference", "GO-26-114")));
            dao.insert(new AuditEntry(0, reassigned.plusSeconds(1800), "sgt.olson", "ACCEPT", "coverage_plan",
                    today.plusDays(3) + "/" + today.plusDays(7), "", AuditLog.state("assignments", 5, "uncovered days", 1)));
            dao.insert(new AuditEntry(0, reassigned.plusSeconds(5400), "sgt.olson", "EXPORT", "roster_pdf",
                    today.getYear() + "-" + today.getMonthValue(), "", AuditLog.state("schools", 61, "folder",
                            "/home/sgt.olson/Rosters")));
        });
    }

    /** The entry point (a class that is not an Application, so the JavaFX jars on the class path suffice). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(AuditScreenshotLauncher.class, args);
        }
    }
}
