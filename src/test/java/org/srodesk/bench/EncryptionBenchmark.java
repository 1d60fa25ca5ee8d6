package org.srodesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.srodesk.domain.DateRange;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.DatabaseCopy;
import org.srodesk.persistence.FileEncryption;
import org.srodesk.service.RosterService;
import org.srodesk.service.demo.DemoTier;

/**
 * What encryption at rest (issue 11) costs on the medium demo district: the passphrase check
 * (PBKDF2-HMAC-SHA256, 600,000 iterations), opening the file, a month roster read and a backup, plain
 * against encrypted. Not part of {@code mvn verify}; run it with
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.srodesk.bench.EncryptionBenchmark}
 * or from the IDE. Figures go in the README ("Encryption at rest").
 */
public final class EncryptionBenchmark {

    private static final char[] PASSPHRASE = "benchmark passphrase for the medium demo".toCharArray();
    private static final DateRange MONTH = RosterLoadBenchmark.MONTH;
    private static final int RUNS = 15;

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DemoDatabases demos = new DemoDatabases(Path.of("target", "bench-data"));
        Path plain = demos.file(DemoTier.parse("medium"));
        Path encrypted = demos.scratch("medium-encrypted.mv.db");
        for (Path old : new Path[] {encrypted, FileEncryption.keyFileOf(encrypted),
                demos.scratch("medium-encrypted.desk.lock")}) {
            Files.deleteIfExists(old);
        }
        FileEncryption.encryptNew(encrypted, PASSPHRASE.clone());
        try (Database from = Database.openFile(plain); Database to = Database.openFile(encrypted)) {
            DatabaseCopy.Report report = DatabaseCopy.copy(from, to);
            System.out.printf(Locale.ROOT, "medium demo: %,d rows; plain %,d KB, encrypted %,d KB%n", report.rows(),
                    Files.size(plain) / 1024, Files.size(encrypted) / 1024);
        }

        Stats unlock = Measure.timeEach(5, () -> {
            FileEncryption.forgetAll();
            return encrypted;
        }, file -> FileEncryption.unlock(file, PASSPHRASE.clone()));
        line("passphrase check (PBKDF2, 600,000 iterations)", unlock, null);

        Stats openPlain = Measure.time(2, 10, () -> {
            Database.openFile(plain).close();
            return null;
        });
        Stats openEncrypted = Measure.time(2, 10, () -> {
            Database.openFile(encrypted).close();
            return null;
        });
        line("open the file (Flyway check included), key already derived", openEncrypted, openPlain);

        try (Database p = Database.openFile(plain); Database e = Database.openFile(encrypted)) {
            Stats rosterPlain = Measure.time(3, RUNS, () -> new RosterService(p).loadSnapshot(MONTH));
            Stats rosterEncrypted = Measure.time(3, RUNS, () -> new RosterService(e).loadSnapshot(MONTH));
            line("month roster read (RosterService, Mar 2026), warm", rosterEncrypted, rosterPlain);
            Path zipPlain = demos.scratch("bench-plain.zip");
            Path zipEncrypted = demos.scratch("bench-encrypted.zip");
            Stats backupPlain = Measure.time(1, 3, () -> {
                DatabaseBackup.write(p, zipPlain);
                return null;
            });
            Stats backupEncrypted = Measure.time(1, 3, () -> {
                DatabaseBackup.write(e, zipEncrypted);
                return null;
            });
            line("backup (zip)", backupEncrypted, backupPlain);
            System.out.printf(Locale.ROOT, "backup sizes: plain %,d KB, encrypted %,d KB%n",
                    Files.size(zipPlain) / 1024, Files.size(zipEncrypted) / 1024);
        }
        // A cold read: the database just opened, nothing cached by H2 yet.
        Stats coldPlain = Measure.time(0, 5, () -> {
            try (Database p = Database.openFile(plain)) {
                return new RosterService(p).loadSnapshot(MONTH);
            }
        });
        Stats coldEncrypted = Measure.time(0, 5, () -> {
            try (Database e = Database.openFile(encrypted)) {
                return new RosterService(e).loadSnapshot(MONTH);
            }
        });
        line("open + first month roster read (cold H2 cache)", coldEncrypted, coldPlain);
        FileEncryption.forgetAll();
    }

    private static void line(String what, Stats encrypted, Stats plain) {
        System.out.printf(Locale.ROOT, "%-60s encrypted median %8.1f ms (min %.1f, max %.1f)%s%n", what,
                encrypted.median(), encrypted.min(), encrypted.max(),
                plain == null ? "" : String.format(Locale.ROOT, "   plain median %8.1f ms (min %.1f)", plain.median(),
                        plain.min()));
    }
}
