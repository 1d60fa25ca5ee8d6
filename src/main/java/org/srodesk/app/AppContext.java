package org.srodesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.ChangeNotifier;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.service.Actor;
import org.srodesk.service.AssignmentService;
import org.srodesk.service.CoverageService;
import org.srodesk.service.DeploymentService;
import org.srodesk.service.BackupService;
import org.srodesk.service.DistrictService;
import org.srodesk.service.ExportService;
import org.srodesk.service.ImportProgress;
import org.srodesk.service.ImportService;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.ReassignmentService;
import org.srodesk.service.RosterPdfService;
import org.srodesk.service.RosterService;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.audit.AuditService;
import org.srodesk.service.compliance.ComplianceServices;
import org.srodesk.ui.account.AccountsView;
import org.srodesk.ui.account.AccountsViewModel;
import org.srodesk.ui.account.FxAccountDialogs;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.TaskRunner;
import org.srodesk.ui.audit.AuditView;
import org.srodesk.ui.audit.AuditViewModel;
import org.srodesk.ui.compliance.ComplianceView;
import org.srodesk.ui.compliance.ComplianceViewModel;
import org.srodesk.ui.compliance.FxComplianceDialogs;
import org.srodesk.ui.coverage.CoverageView;
import org.srodesk.ui.coverage.CoverageViewModel;
import org.srodesk.ui.deployment.DeploymentView;
import org.srodesk.ui.export.ExportView;
import org.srodesk.ui.export.ExportViewModel;
import org.srodesk.ui.export.FolderOpener;
import org.srodesk.ui.reassign.FxReassignmentDialogs;
import org.srodesk.ui.reassign.ReassignmentsView;
import org.srodesk.ui.reassign.ReassignmentsViewModel;
import org.srodesk.ui.roster.RosterView;
import org.srodesk.ui.roster.RosterViewModel;
import org.srodesk.ui.shell.FolderExporter;
import org.srodesk.ui.shell.FolderImporter;
import org.srodesk.ui.shell.Screen;
import org.srodesk.ui.shell.ScreenRegistry;
import org.srodesk.ui.timeoff.FxTimeOffDialogs;
import org.srodesk.ui.timeoff.RequestDialogViewModel;
import org.srodesk.ui.timeoff.TimeOffView;
import org.srodesk.ui.timeoff.TimeOffViewModel;

/**
 * The composition root of an open desk: the database and the services built on it, by hand (no DI
 * framework). Built off the JavaFX thread by {@link DatabaseStartup}; closed when the window closes.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    /** The signed-in person (the command-line actor for the CLI and tests); null while nobody is signed in. */
    private volatile Actor actor;
    private final AccountService accountService;
    /** Ends with each sign-out: listeners of the signed-in session's screens stop being called. */
    private SessionScope session = SessionScope.ENDED;
    private final List<IntConsumer> idleMinutesListeners = new CopyOnWriteArrayList<>();
    private final DistrictService districtService;
    private final RosterService rosterService;
    private final TimeOffSettingsService timeOffSettings;
    private final TimeOffService timeOffService;
    private final PrincipalNoticeService noticeService;
    private final RosterPdfService rosterPdfService;
    private final ReassignmentService reassignmentService;
    private ReassignmentsViewModel reassignments;
    /** The Coverage screen's model once it was first shown (FX thread only). */
    private CoverageViewModel coverage;
    /** Other desks' commits on a shared server (issue 13); never calls back on an H2 file. */
    private final List<Consumer<Set<String>>> otherDeskListeners = new CopyOnWriteArrayList<>();
    private ChangeNotifier changes;
    private volatile boolean closed;

    private AppContext(Database database, Actor actor, Path noticeFolder) {
        this.database = database;
        this.actor = actor;
        this.session = actor == null ? SessionScope.ENDED : new SessionScope();
        this.districtService = new DistrictService(database);
        this.rosterService = new RosterService(database);
        this.timeOffSettings = new TimeOffSettingsService(database);
        this.timeOffService = new TimeOffService(database, timeOffSettings, Clock.systemDefaultZone());
        this.noticeService = new PrincipalNoticeService(database, timeOffSettings, new NoticeMailer(), noticeFolder,
                Clock.systemDefaultZone());
        this.rosterPdfService = new RosterPdfService(database);
        this.reassignmentService = new ReassignmentService(database, Clock.systemDefaultZone());
        this.accountService = new AccountService(database, Clock.systemDefaultZone());
    }

    /**
     * Opens (creating and migrating as needed) the database file and builds the services. Blocking:
     * never call on the JavaFX thread.
     *
     * @throws org.srodesk.persistence.DatabaseOpenException when the file cannot be used
     */
    public static AppContext open(Path databaseFile, Actor actor) {
        return open(databaseFile, actor, Database.OpenMode.OPEN_OR_CREATE);
    }

    /**
     * Opens the database file as {@code mode} says, with nobody signed in yet: the window signs someone in
     * ({@link #signedIn}) before it registers the screens. Blocking: never call on the JavaFX thread.
     */
    public static AppContext open(Path databaseFile, Database.OpenMode mode) {
        return open(databaseFile, null, mode);
    }

    /** {@link #open(Path, Actor)} as {@code mode} says (start-up asks before creating; read-only). */
    public static AppContext open(Path databaseFile, Actor actor, Database.OpenMode mode) {
        // Principal notices saved as .eml files go beside the database, in "notices".
        Path folder = databaseFile.toAbsolutePath().getParent().resolve("notices");
        return new AppContext(Database.openFile(databaseFile, mode), actor, folder);
    }

    /**
     * Connects to a PostgreSQL server database (password from PGPASSWORD or ~/.pgpass, else asked
     * with {@code prompt} when the server wants one), builds the services and starts following the other
     * desks' commits ({@link #onOtherDeskChanges}). Blocking: never call on the JavaFX thread.
     *
     * @throws org.srodesk.persistence.DatabaseOpenException when the server cannot be used
     */
    static AppContext openServer(DatabaseLocation.Server server, DatabaseOpener.PasswordPrompt prompt) {
        return openServer(server, null, prompt);
    }

    /** {@link #openServer(DatabaseLocation.Server, DatabaseOpener.PasswordPrompt)} acting as {@code actor}. */
    static AppContext openServer(DatabaseLocation.Server server, Actor actor, DatabaseOpener.PasswordPrompt prompt) {
        Database database = DatabaseOpener.open(server, prompt);
        AppContext context = new AppContext(database, actor, DataDirectory.defaultDatabase().toAbsolutePath()
                .getParent().resolve("notices"));
        try {
            context.changes = ChangeNotifier.start(database,
                    tables -> context.otherDeskListeners.forEach(listener -> listener.accept(tables)));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /**
     * Runs {@code listener} (on the listener thread: hop to the FX thread) with the tables another
     * desk changed, within about a second of its commit; on an H2 file there is no other desk.
     */
    public void onOtherDeskChanges(Consumer<Set<String>> listener) {
        otherDeskListeners.add(listener);
    }

    /** Wraps an already open database (tests, in-memory what-if work). */
    public static AppContext of(Database database, Actor actor) {
        return new AppContext(database, actor, Path.of(System.getProperty("java.io.tmpdir"), "sro-desk-notices"));
    }

    /**
     * Registers the real screens with the shell for the signed-in person ({@link #signedIn} first); a screen
     * nobody registers shows its placeholder. Called on the JavaFX thread once someone is signed in, again
     * after each sign-in (the registry cleared before).
     *
     * @param owner the main window, for dialogs that need their owner
     */
    public void registerScreens(ScreenRegistry registry, TaskRunner tasks, DialogService dialogs,
                                Supplier<Window> owner) {
        Actor actor = actor();
        SessionScope session = this.session;
        RosterViewModel roster = new RosterViewModel(rosterService, new AssignmentService(database), tasks, dialogs,
                LocalDate::now, actor);
        roster.timeOffEntryProperty().set((officer, days, officers) -> {
            RequestDialogViewModel request = new RequestDialogViewModel(timeOffService, tasks, actor, officers);
            request.officerProperty().set(officer);
            request.startDateProperty().set(days.start());
            request.endDateProperty().set(days.end());
            return new FxTimeOffDialogs(owner).showRequestDialog(request).isPresent();
        });
        roster.reassignmentEntryProperty().set((officer, days) -> reassignments().recordFor(officer.id(), days.start(),
                days.end()));
        registry.register(Screen.ROSTER, () -> RosterView.create(roster));
        registry.register(Screen.COVERAGE, () -> {
            javafx.scene.Parent view = CoverageView.create(new CoverageService(database, rosterService), tasks, dialogs,
                    actor);
            coverage = CoverageView.viewModelOf(view); // refreshed on other desks' commits
            return view;
        });
        TimeOffViewModel timeOff = new TimeOffViewModel(timeOffService, noticeService, timeOffSettings, tasks,
                dialogs, new FxTimeOffDialogs(owner), actor);
        registry.register(Screen.TIME_OFF, () -> TimeOffView.create(timeOff));
        registry.badgeProperty(Screen.TIME_OFF).bind(timeOff.pendingBadgeProperty());
        timeOff.refreshPendingCount();
        reassignments = new ReassignmentsViewModel(reassignmentService, noticeService, timeOffSettings, tasks, dialogs,
                new FxReassignmentDialogs(owner), actor);
        registry.register(Screen.REASSIGNMENTS, () -> ReassignmentsView.create(reassignments));
        reassignmentService.addChangeListener(session.guard(() -> Platform.runLater(roster::load)));
        // approved time off shows at once
        timeOffService.addChangeListener(session.guard(() -> Platform.runLater(roster::load)));
        registry.register(Screen.DEPLOYMENT, () -> DeploymentView.create(new DeploymentService(database), tasks,
                dialogs, actor));
        registry.register(Screen.EXPORT, () -> ExportView.create(new ExportViewModel(rosterPdfService,
                districtService, tasks, dialogs, Platform::runLater, FolderOpener.desktop(), Clock.systemDefaultZone(), actor)));
        registry.register(Screen.COMPLIANCE, () -> ComplianceView.create(new ComplianceViewModel(ComplianceServices.create(
                database, rosterService, Clock.systemDefaultZone()), tasks, dialogs, new FxComplianceDialogs(owner), actor)));
        registry.register(Screen.AUDIT, () -> AuditView.create(new AuditViewModel(new AuditService(database), tasks,
                dialogs, actor, LocalDate::now)));
        if (actor.may(Permission.MANAGE_ACCOUNTS)) {
            registry.register(Screen.ACCOUNTS, () -> AccountsView.create(new AccountsViewModel(accountService, tasks,
                    dialogs, new FxAccountDialogs(owner), actor,
                    minutes -> idleMinutesListeners.forEach(listener -> listener.accept(minutes)),
                    Clock.systemDefaultZone())));
        }
        refreshOnOtherDesksChanges(session, roster, timeOff);
    }

    /** Tables whose rows the roster shows (DayStatuses); "*" after a lost connection means all. */
    private static final Set<String> ROSTER_TABLES = Set.of("officer", "school", "assignment", "calendar_day",
            "time_off_request", "reassignment", "coverage_assignment", "unit_event");

    /** What the coverage plan is made of: the roster's tables, needs added by hand, calls, K/R settings. */
    private static final Set<String> COVERAGE_TABLES = Set.of("officer", "school", "assignment", "calendar_day",
            "time_off_request", "reassignment", "coverage_assignment", "unit_event", "coverage_manual_need",
            "calls_for_service", "app_setting");

    /**
     * On a shared server, another desk's commit reloads the open views that show what it changed
     * (time off: list, badge and outbox, keeping the selection; the roster; the reassignments list;
     * the coverage plan, keeping the selection — or, when the sergeant has pins or unapplied settings,
     * a notice with Reload instead: {@link CoverageViewModel#otherDeskChanged()}).
     */
    private void refreshOnOtherDesksChanges(SessionScope session, RosterViewModel roster, TimeOffViewModel timeOff) {
        onOtherDeskChanges(session.guard(tables -> {
            boolean all = tables.contains(ChangeNotifier.EVERYTHING);
            boolean timeOffChanged = all || tables.stream().anyMatch(t -> t.startsWith("time_off") || t.equals("principal_notice"));
            boolean rosterChanged = all || tables.stream().anyMatch(ROSTER_TABLES::contains);
            boolean reassignmentsChanged = all || tables.contains("reassignment");
            boolean coverageChanged = all || tables.stream().anyMatch(COVERAGE_TABLES::contains);
            Platform.runLater(() -> {
                if (closed) {
                    return;
                }
                if (timeOffChanged) {
                    timeOff.reloadRows();
                    timeOff.refreshOutbox();
                }
                if (rosterChanged) {
                    roster.load();
                }
                if (reassignmentsChanged && reassignments != null) {
                    reassignments.reloadRows();
                }
                if (coverageChanged && coverage != null) {
                    coverage.otherDeskChanged();
                }
            });
        }));
    }

    /**
     * The Reassignments screen's model, once {@link #registerScreens} ran: the roster opens the reassignment
     * dialog for a selected officer and days with {@code reassignments().recordFor(officerId, first, last)}.
     */
    public ReassignmentsViewModel reassignments() {
        if (reassignments == null) {
            throw new IllegalStateException("Screens are not registered yet.");
        }
        return reassignments;
    }

    public ReassignmentService reassignmentService() {
        return reassignmentService;
    }

    /** File → Import folder…: imports the reference CSV files in one transaction; returns the summary. */
    public FolderImporter folderImporter() {
        ImportService importService = new ImportService(database);
        return folder -> importService.importFolder(folder, actor, ImportProgress.none()).toString();
    }

    /** File → Export folder…: writes the five reference CSV files; returns what was written. */
    public FolderExporter folderExporter() {
        ExportService exportService = new ExportService(database);
        return folder -> {
            Map<String, Integer> written = exportService.exportFolder(folder, actor);
            StringBuilder text = new StringBuilder("Exported to " + folder.toAbsolutePath() + ":");
            written.forEach((file, rows) -> text.append(System.lineSeparator())
                    .append(String.format(Locale.ROOT, "  %-24s %,9d rows", file, rows)));
            return text.toString();
        };
    }

    /** What the status bar shows for the open database: its file path (and "read-only" when so). */
    public String databaseDescription() {
        return database.description() + (database.isReadOnly() ? " (read-only)" : "");
    }

    /** Backups of this desk's database file (File → Back up now…, the daily backup). */
    public BackupService backupService() {
        return new BackupService(database, Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    /**
     * The signed-in person.
     *
     * @throws IllegalStateException while nobody is signed in
     */
    public Actor actor() {
        Actor signedIn = actor;
        if (signedIn == null) {
            throw new IllegalStateException("Nobody is signed in.");
        }
        return signedIn;
    }

    /** True once someone is signed in (and until they sign out). */
    public boolean isSignedIn() {
        return actor != null;
    }

    /** {@code signedIn} acts from now on: call before {@link #registerScreens}. Ends any earlier session. */
    public void signedIn(Actor signedIn) {
        session.end();
        session = new SessionScope();
        actor = java.util.Objects.requireNonNull(signedIn, "signedIn");
    }

    /** Nobody acts any more: the screens registered for the last person stop hearing about changes. */
    public void signedOut() {
        session.end();
        session = SessionScope.ENDED;
        actor = null;
        reassignments = null;
        coverage = null;
    }

    /** Accounts, signing in and the session lock of this database. */
    public AccountService accountService() {
        return accountService;
    }

    /** Runs {@code listener} (on the JavaFX thread) when an administrator saves new session-lock minutes. */
    public void onIdleMinutesChanged(IntConsumer listener) {
        idleMinutesListeners.add(listener);
    }

    public DistrictService districtService() {
        return districtService;
    }

    public RosterService rosterService() {
        return rosterService;
    }

    public TimeOffSettingsService timeOffSettings() {
        return timeOffSettings;
    }

    public TimeOffService timeOffService() {
        return timeOffService;
    }

    /** Principal notices; holds the SMTP password in memory for this session only. */
    public PrincipalNoticeService noticeService() {
        return noticeService;
    }

    @Override
    public void close() {
        closed = true;
        if (changes != null) {
            changes.close();
        }
        noticeService.forgetPassword();
        database.close();
    }
}
