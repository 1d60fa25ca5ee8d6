package org.srodesk.export.pdf;

import org.srodesk.testing.Actors;
import org.srodesk.domain.account.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.RosterExportProgress;
import org.srodesk.service.RosterExportResult;
import org.srodesk.service.RosterPdfService;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/**
 * Times the roster export of every school of a demo district for one month, as the sergeant runs it:
 * {@link RosterPdfService#exportMonth} with the service's own thread pool, files written to disk.
 * A main class, not a test: timings belong in the README, not in a pass/fail rule. Each run also
 * prints the process CPU time, which does not depend on what else the machine is doing.
 *
 * <p>Arguments: {@code [tier=xl] [runs=5] [month=2026-10] [threads=2] [db=/tmp/sro-desk-bench-<tier>.mv.db]}.
 * The demo district is generated into the database file the first time and reused afterwards.
 */
public final class RosterPdfBenchmark {

    private RosterPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DemoTier tier = DemoTier.parse(args.length > 0 ? args[0] : "xl");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        YearMonth month = YearMonth.parse(args.length > 2 ? args[2] : "2026-10");
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path db = Path.of(args.length > 4 ? args[4] : "/tmp/sro-desk-bench-" + tier.id() + ".mv.db");
        System.out.printf(Locale.ROOT, "Roster PDF benchmark: %s tier, %s, %d thread(s), %d cores, max heap %d MiB%n",
                tier.id(), month, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        try (Database database = Database.openFile(db)) {
            if (Files.notExists(db) || new org.srodesk.service.DistrictService(database).summary().schools() == 0) {
                System.out.println("Generating the " + tier.id() + " demo into " + db + " …");
                new DemoDistrictGenerator(database).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                        new Actor("benchmark", "Benchmark", Role.SERGEANT), null);
            }
            RosterPdfService service = new RosterPdfService(database, Clock.systemDefaultZone(), threads);
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Path out = Files.createTempDirectory("roster-bench");
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                RosterExportResult result = service.exportMonth(month, List.of(), out, false,
                        RosterExportProgress.NONE, () -> false, Actors.SERGEANT);
                double elapsed = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                long bytes = size(out);
                System.out.printf(Locale.ROOT, "%s %d: %d PDFs in %.2f s (%.1f ms per PDF), %.1f s CPU, %.1f MiB%n",
                        run == 0 ? "warm-up" : "run", run, result.files().size(), elapsed,
                        elapsed * 1000 / result.files().size(), cpu, bytes / 1048576.0);
                if (run > 0) {
                    seconds.add(elapsed);
                }
                delete(out);
            }
            Collections.sort(seconds);
            if (!seconds.isEmpty()) {
                System.out.printf(Locale.ROOT, "median %.2f s, min %.2f s, max %.2f s over %d runs%n",
                        seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1), seconds.size());
            }
        }
    }

    /**
     * CPU time of the whole process (all threads, JIT and GC included): on a shared machine this says
     * what the export costs when wall time says how busy the neighbours were.
     */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.delete(folder);
    }
}
