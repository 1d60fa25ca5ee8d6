package org.srodesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.persistence.Database;
import org.srodesk.service.RosterService;
import org.srodesk.service.demo.DemoTier;
import org.srodesk.ui.common.Theme;
import org.srodesk.ui.roster.RosterGrid;

/**
 * Roster benchmark on the xl demo (5,000 officers), not a timed test. Run:
 * {@code java -cp target/classes:target/test-classes:<deps> org.srodesk.bench.RosterBenchmark [folder] [runs]}.
 *
 * <ol>
 *   <li>Load one month through {@link RosterService#loadSnapshot} (one read transaction, JDBI
 *       mapping to records) against a raw JDBC read of the same rows in the same process.</li>
 *   <li>Resolve the month's 155,000 DayStatuses into a {@link RosterModel} (rows, totals).</li>
 *   <li>First layout of the {@link RosterGrid} on that model, headless (Monocle), counting the
 *       day cells actually built.</li>
 * </ol>
 * Prints median / min / max in milliseconds after warm-up runs.
 */
public final class RosterBenchmark {

    private static final DateRange MONTH = DateRange.monthOf(LocalDate.of(2026, 11, 1));

    private RosterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"), "srodesk-demo");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path file = new DemoDatabases(folder).file(DemoTier.XL);
        try (Database database = Database.openFile(file)) {
            RosterService service = new RosterService(database);
            RosterSnapshot snapshot = service.loadSnapshot(MONTH);
            System.out.printf("xl demo: %d officers, %d schools; month %s%n", snapshot.officers().size(),
                    snapshot.schools().size(), MONTH);
            report("load month via RosterService", runs, () -> time(() -> service.loadSnapshot(MONTH)));
            report("load month via raw JDBC (baseline)", runs, () -> time(() -> rawRead(database)));
            report("resolve month RosterModel (155k DayStatus)", runs, () -> time(() -> RosterModel.of(snapshot)));
            RosterModel model = RosterModel.of(snapshot);
            report("load + resolve (what the task runner does)", runs,
                    () -> time(() -> RosterModel.of(service.loadSnapshot(MONTH))));
            layoutBenchmark(model, runs);
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * The roster group of {@link BenchmarkSuite}: resolving a month into the {@link RosterModel}, and
     * the month view opening on it (resolve + first grid layout, headless), with the cells built.
     */
    static List<Result> runView(Database database, String tier, int runs) throws Exception {
        RosterSnapshot snapshot = new RosterService(database).loadSnapshot(MONTH);
        Stats resolve = Measure.time(3, runs, () -> RosterModel.of(snapshot));
        startToolkit();
        Stage stage = emptyWindow();
        int[] built = new int[1];
        Stats open = Measure.time(3, runs, () -> onFx(() -> {
            RosterGrid grid = openMonthView(stage, RosterModel.of(snapshot));
            built[0] = grid.builtDayCellCount();
            stage.getScene().setRoot(new javafx.scene.layout.StackPane());
            return 0L;
        }));
        onFx(() -> {
            stage.close();
            return 0L;
        });
        Platform.exit(); // the last group: lets the JVM end
        int total = snapshot.officers().size() * (int) MONTH.days();
        return List.of(
                Result.of("resolve month into RosterModel", tier, resolve, total + " DayStatuses + totals"),
                Result.of("month view opens (resolve + first grid layout)", tier, open,
                        built[0] + " day cells built of " + total + "; target < 500 ms"));
    }

    private static void startToolkit() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Theme.installUserAgentStylesheet();
    }

    private static Stage emptyWindow() {
        Stage[] holder = new Stage[1];
        onFx(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1240, 740);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            holder[0] = stage;
            return 0L;
        });
        return holder[0];
    }

    private static RosterGrid openMonthView(Stage stage, RosterModel model) {
        RosterGrid grid = new RosterGrid();
        grid.getStylesheets().add(RosterGrid.class.getResource("roster.css").toExternalForm());
        grid.setModel(model);
        grid.setItems(FXCollections.observableArrayList(model.rows()));
        stage.getScene().setRoot(grid);
        grid.applyCss();
        grid.layout();
        return grid;
    }

    private static void layoutBenchmark(RosterModel model, int runs) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Theme.installUserAgentStylesheet();
        int[] built = new int[2];
        // The app's window exists before the roster opens: show one stage once, then swap roots.
        Stage[] holder = new Stage[1];
        long windowNanos = onFx(() -> {
            long start = System.nanoTime();
            Stage stage = new Stage();
            holder[0] = stage;
            Scene scene = new Scene(new javafx.scene.layout.StackPane(new javafx.scene.control.Label("warm")), 1240, 740);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            return System.nanoTime() - start;
        });
        Stage stage = holder[0];
        System.out.printf("  (one-off: showing an empty headless window took %.1f ms; not part of the figures)%n",
                windowNanos / 1e6);
        report("month view first layout (grid, xl)", runs, () -> onFx(() -> {
            long start = System.nanoTime();
            RosterGrid grid = new RosterGrid();
            grid.getStylesheets().add(RosterGrid.class.getResource("roster.css").toExternalForm());
            grid.setModel(model);
            grid.setItems(FXCollections.observableArrayList(model.rows()));
            stage.getScene().setRoot(grid);
            grid.applyCss();
            grid.layout();
            long elapsed = System.nanoTime() - start;
            built[0] = grid.builtDayCellCount();
            built[1] = grid.builtRowCount();
            stage.getScene().setRoot(new javafx.scene.layout.StackPane());
            return elapsed;
        }));
        report("resolve + first layout (month view opens)", runs, () -> onFx(() -> {
            long start = System.nanoTime();
            RosterModel fresh = RosterModel.of(model.snapshot());
            RosterGrid grid = new RosterGrid();
            grid.getStylesheets().add(RosterGrid.class.getResource("roster.css").toExternalForm());
            grid.setModel(fresh);
            grid.setItems(FXCollections.observableArrayList(fresh.rows()));
            stage.getScene().setRoot(grid);
            grid.applyCss();
            grid.layout();
            long elapsed = System.nanoTime() - start;
            stage.getScene().setRoot(new javafx.scene.layout.StackPane());
            return elapsed;
        }));
        System.out.printf("  built after first layout: %d row cells, %d day cells (of %d officers x %d days = %d)%n",
                built[1], built[0], model.rows().size(), model.days().size(), model.rows().size() * model.days().size());
    }

    private static long onFx(LongSupplier work) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.getAsLong());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, int runs, LongSupplier run) {
        for (int i = 0; i < 3; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        System.out.printf("%-46s median %7.1f ms   min %7.1f   max %7.1f   (%d runs)%n", what,
                nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    /** The same rows loadSnapshot reads, with plain JDBC into column arrays: the floor for the load. */
    private static int rawRead(Database database) {
        return database.withHandle(handle -> {
            Connection c = handle.getConnection();
            int rows = 0;
            List<String> queries = new ArrayList<>(List.of(
                    "SELECT calendar_date, in_session, note FROM calendar_day WHERE calendar_date BETWEEN ? AND ?",
                    "SELECT id, badge, last_name, first_name, rank, role, phone, email, zone FROM officer ORDER BY last_name, first_name, badge",
                    "SELECT id, code, name, level, address, principal_name, principal_email, phone, zone FROM school ORDER BY code",
                    "SELECT id, officer_id, school_id, start_date, end_date FROM assignment WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
                    "SELECT id, officer_id, kind, start_date, end_date, partial_start, partial_end, status, note, requested_at,"
                            + " requested_by, decided_by, decided_at, decision_comment, version FROM time_off_request WHERE start_date <= ? AND end_date >= ?",
                    "SELECT id, officer_id, start_date, end_date, destination_school_id, destination_duty, ordered_by, order_reference,"
                            + " reason, status, recorded_by, recorded_at, version FROM reassignment WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
                    "SELECT id, rover_id, school_id, cover_date, absent_officer_id, accepted_by, accepted_at FROM coverage_assignment WHERE cover_date BETWEEN ? AND ?"));
            for (String sql : queries) {
                rows += rawQuery(c, sql);
            }
            return rows;
        });
    }

    private static int rawQuery(Connection c, String sql) {
        int rows = 0;
        {
            {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
                    if (parameters == 2) {
                        boolean between = sql.contains("BETWEEN");
                        statement.setDate(1, Date.valueOf(between ? MONTH.start() : MONTH.end()));
                        statement.setDate(2, Date.valueOf(between ? MONTH.end() : MONTH.start()));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rows;
    }
}
