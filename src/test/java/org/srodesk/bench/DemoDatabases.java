package org.srodesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/** Demo databases for manual runs and benchmarks, generated once into a folder and reused. */
final class DemoDatabases {

    private DemoDatabases() {
    }

    /** The H2 file of {@code tier} in {@code folder}, generated with the default seed if absent. */
    static Path ensure(DemoTier tier, Path folder) {
        Path file = folder.resolve("demo-" + tier.id() + ".mv.db");
        if (Files.exists(file)) {
            return file;
        }
        long start = System.nanoTime();
        try (Database database = Database.openFile(file)) {
            new DemoDistrictGenerator(database).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                    new Actor("bench", "Benchmark"), null);
        }
        System.out.printf("generated %s demo in %d ms: %s%n", tier.id(), (System.nanoTime() - start) / 1_000_000, file);
        return file;
    }
}
