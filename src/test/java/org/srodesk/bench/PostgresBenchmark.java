package org.srodesk.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseCopy;
import org.srodesk.service.CoverageService;
import org.srodesk.service.RosterService;
import org.srodesk.service.demo.DemoTier;
import org.srodesk.testing.EmbeddedPostgresServer;
import org.srodesk.testing.TestDatabases;

/**
 * PostgreSQL against H2 on the {@code xl} demo (issue 13): the xl H2 file (generated once into
 * {@code target/bench-data}) is copied with {@code --copy-db}'s {@link DatabaseCopy} into a fresh
 * database on a local PostgreSQL 17 (the tests' embedded server, on this machine: no network), then
 * both are timed on one month of DayStatuses (RosterService.loadSnapshot + statusesOf) and on the
 * coverage planner's data fetch for a month (CoverageService.loadWithMargin + callsBefore).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.srodesk.bench.PostgresBenchmark [--runs 7]</pre>
 */
public final class PostgresBenchmark {

    private static final DateRange MONTH = DateRange.monthOf(LocalDate.of(2026, 3, 1));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 7;
        DemoDatabases databases = new DemoDatabases(Path.of("target", "bench-data"));
        try (Database h2 = databases.open(DemoTier.XL);
             Database pg = Database.openUrl(TestDatabases.freshPostgresDatabaseUrl("bench_xl"),
                     EmbeddedPostgresServer.user(), null)) {
            long start = System.nanoTime();
            DatabaseCopy.Report copied = DatabaseCopy.copy(h2, pg);
            System.out.printf(Locale.ROOT, "copied xl H2 -> PostgreSQL: %,d rows in %.1f s, identical counts: %s%n",
                    copied.rows(), (System.nanoTime() - start) / 1e9, copied.identical());
            try (var handle = pg.jdbi().open()) {
                handle.execute("ANALYZE");
            }
            report("month of DayStatuses (loadSnapshot + statusesOf)", dayStatuses(h2, runs), dayStatuses(pg, runs));
            report("planner data fetch for a month (loadWithMargin + callsBefore)", plannerFetch(h2, runs),
                    plannerFetch(pg, runs));
        }
        System.exit(0); // the embedded server stops in its shutdown hook
    }

    private static Stats dayStatuses(Database database, int runs) throws Exception {
        RosterService service = new RosterService(database);
        return Measure.time(3, runs, () -> {
            RosterSnapshot snapshot = service.loadSnapshot(MONTH);
            int cells = 0;
            for (Officer officer : snapshot.officers()) {
                DayStatus[] row = snapshot.statusesOf(officer.id());
                cells += row.length;
            }
            return cells;
        });
    }

    private static Stats plannerFetch(Database database, int runs) throws Exception {
        CoverageService service = new CoverageService(database, new RosterService(database));
        CoverageSettings settings = service.settings();
        return Measure.time(3, runs, () -> {
            RosterSnapshot snapshot = service.loadWithMargin(MONTH, settings);
            return snapshot.officers().size() + service.callsBefore(TODAY).size();
        });
    }

    private static void report(String what, Stats h2, Stats pg) {
        System.out.printf(Locale.ROOT, "%s, %d runs after 3 warm-ups:%n", what, h2.runs());
        System.out.printf(Locale.ROOT, "  H2         median %7.1f ms  (min %.1f, max %.1f)%n", h2.median(), h2.min(), h2.max());
        System.out.printf(Locale.ROOT, "  PostgreSQL median %7.1f ms  (min %.1f, max %.1f)%n", pg.median(), pg.min(), pg.max());
        System.out.printf(Locale.ROOT, "  ratio PostgreSQL / H2: %.2f%n", pg.median() / h2.median());
    }
}
