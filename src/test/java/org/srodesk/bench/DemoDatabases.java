package org.srodesk.bench;

import org.srodesk.domain.account.Role;
import java.nio.file.Files;
import java.nio.file.Path;

import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/** Demo districts for benchmarks, generated once into {@code target/bench-data} and reused. */
final class DemoDatabases {

    private final Path folder;

    DemoDatabases(Path folder) {
        this.folder = folder;
    }

    Path file(DemoTier tier) throws Exception {
        Path file = folder.resolve("demo-" + tier.id() + ".mv.db");
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            long start = System.nanoTime();
            try (Database database = Database.openFile(file)) {
                new DemoDistrictGenerator(database).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                        new Actor("bench", "Benchmark", Role.SERGEANT), (step, fraction) -> { });
            }
            System.out.printf("  generated %s demo in %.1f s%n", tier.id(), (System.nanoTime() - start) / 1e9);
        }
        return file;
    }

    Database open(DemoTier tier) throws Exception {
        return Database.openFile(file(tier));
    }

    Path scratch(String name) throws Exception {
        Files.createDirectories(folder.resolve("scratch"));
        return folder.resolve("scratch").resolve(name);
    }
}
