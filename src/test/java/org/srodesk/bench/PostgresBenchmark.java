package org.srodesk.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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
 * <p>The {@code postgres} group of {@link BenchmarkSuite} ({@code mvn -B -Pbench verify -Dbench.args="--only postgres"});
 * each PostgreSQL line has the same work on H2, timed in the same run, as its baseline. Also runnable alone:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.srodesk.bench.PostgresBenchmark [--runs 7]</pre>
 */
public final class PostgresBenchmark {

    private static final DateRange MONTH = DateRange.monthOf(LocalDate.of(2026, 3, 1));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 7;
        List<Result> results = run(new DemoDatabases(Path.of("target", "bench-data")), DemoTier.XL, runs);
        System.out.println(BenchmarkSuite.table(results));
        System.exit(0); // the embedded server stops in its shutdown hook
    }

    /**
     * Copies {@code tier}'s H2 demo into a fresh PostgreSQL database, then times both: H2 is each
     * line's baseline, so the ratio is PostgreSQL / H2 (below 1: PostgreSQL faster).
     */
    static List<Result> run(DemoDatabases databases, DemoTier tier, int runs) throws Exception {
        List<Result> results = new ArrayList<>();
        try (Database h2 = databases.open(tier);
             Database pg = Database.openUrl(TestDatabases.freshPostgresDatabaseUrl("bench_" + tier.id()),
                     EmbeddedPostgresServer.user(), null)) {
            long start = System.nanoTime();
            DatabaseCopy.Report copied = DatabaseCopy.copy(h2, pg);
            double copyMillis = (System.nanoTime() - start) / 1e6;
            if (!copied.identical()) {
                throw new IllegalStateException("The copy of " + tier.id() + " differs: " + copied);
            }
            try (var handle = pg.jdbi().open()) {
                handle.execute("ANALYZE");
            }
            Stats[] statuses = alternating(dayStatuses(h2), dayStatuses(pg), runs);
            Stats[] fetch = alternating(plannerFetch(h2), plannerFetch(pg), runs);
            Stats h2Statuses = statuses[0];
            Stats pgStatuses = statuses[1];
            Stats h2Fetch = fetch[0];
            Stats pgFetch = fetch[1];
            String server = "embedded PostgreSQL 17, same machine";
            results.add(Result.of("month of DayStatuses (loadSnapshot + statusesOf), H2", tier.id(), h2Statuses,
                    "March 2026, every officer"));
            results.add(Result.against("month of DayStatuses, PostgreSQL", tier.id(), pgStatuses, "H2", h2Statuses,
                    server));
            results.add(Result.of("planner data fetch for a month (loadWithMargin + callsBefore), H2", tier.id(),
                    h2Fetch, "March 2026"));
            results.add(Result.against("planner data fetch for a month, PostgreSQL", tier.id(), pgFetch, "H2", h2Fetch,
                    server));
            results.add(Result.of("copy H2 → PostgreSQL (--copy-db), once", tier.id(),
                    Stats.of(new double[] {copyMillis}), String.format(Locale.ROOT, "%,d rows", copied.rows())));
        }
        return results;
    }

    /**
     * Times {@code a} and {@code b} in turns (5 warm-ups each, then {@code runs} each, alternating), so
     * the JIT's warming and the machine's load fall on both alike rather than on whichever goes first.
     */
    private static Stats[] alternating(Callable<?> a, Callable<?> b, int runs) throws Exception {
        for (int i = 0; i < 5; i++) {
            Measure.sink = a.call();
            Measure.sink = b.call();
        }
        double[] aMillis = new double[runs];
        double[] bMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            aMillis[i] = Measure.time(0, 1, a).median();
            bMillis[i] = Measure.time(0, 1, b).median();
        }
        return new Stats[] {Stats.of(aMillis), Stats.of(bMillis)};
    }

    private static Callable<Integer> dayStatuses(Database database) {
        RosterService service = new RosterService(database);
        return () -> {
            RosterSnapshot snapshot = service.loadSnapshot(MONTH);
            int cells = 0;
            for (Officer officer : snapshot.officers()) {
                DayStatus[] row = snapshot.statusesOf(officer.id());
                cells += row.length;
            }
            return cells;
        };
    }

    private static Callable<Integer> plannerFetch(Database database) {
        CoverageService service = new CoverageService(database, new RosterService(database));
        CoverageSettings settings = service.settings();
        return () -> {
            RosterSnapshot snapshot = service.loadWithMargin(MONTH, settings);
            return snapshot.officers().size() + service.callsBefore(TODAY).size();
        };
    }
}
