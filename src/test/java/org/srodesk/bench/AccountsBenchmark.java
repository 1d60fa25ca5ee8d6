package org.srodesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.service.AuditLog;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.PasswordHasher;
import org.srodesk.testing.Actors;

/**
 * Issue 11's costs: signing in (an Argon2id check plus the account update and its audit row, committed and
 * synced) against the bare Argon2id check; and one write with its audit row against the same write without,
 * both one transaction on a database file (each followed by its fsync, see {@link Database}).
 */
final class AccountsBenchmark {

    private static final char[] PASSWORD = "benchmark-password-1".toCharArray();

    private AccountsBenchmark() {
    }

    static List<Result> run(int runs) throws Exception {
        Path folder = Files.createTempDirectory("sro-accounts-bench");
        try (Database database = Database.openFile(folder.resolve("accounts"))) {
            AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
            accounts.createFirstAdmin("bench.admin", "Bench Admin", PASSWORD);
            String hash = PasswordHasher.hashOf(PASSWORD);
            // Argon2 in pure Java needs the JIT warm: 20 rounds of each before anything is timed.
            Measure.time(20, 1, () -> PasswordHasher.matches(PASSWORD, hash));
            Measure.time(20, 1, () -> accounts.signIn("bench.admin", PASSWORD));
            Stats check = Measure.time(0, runs, () -> PasswordHasher.matches(PASSWORD, hash));
            Stats signIn = Measure.time(0, runs, () -> accounts.signIn("bench.admin", PASSWORD));
            Stats hashing = Measure.time(3, runs, () -> PasswordHasher.hashOf(PASSWORD));

            // In turns (one plain write, one audited write, …) so both see the same disk and JIT.
            int[] n = {0};
            int writes = runs * 5;
            double[] plainMs = new double[writes];
            double[] auditedMs = new double[writes];
            for (int i = -10; i < writes; i++) {
                long t0 = System.nanoTime();
                database.useTransaction(h -> h.attach(SettingsDao.class).put("bench.plain", Integer.toString(n[0]++)));
                long t1 = System.nanoTime();
                database.useTransaction(h -> {
                    String after = Integer.toString(n[0]++);
                    h.attach(SettingsDao.class).put("bench.audited", after);
                    AuditLog.record(h, Actors.ADMIN, "UPDATE", "setting", "bench.audited", "", "value=" + after);
                });
                long t2 = System.nanoTime();
                if (i >= 0) {
                    plainMs[i] = (t1 - t0) / 1e6;
                    auditedMs[i] = (t2 - t1) / 1e6;
                }
            }
            Stats plain = Stats.of(plainMs);
            Stats audited = Stats.of(auditedMs);
            return List.of(
                    Result.of("Argon2id hash of a new password (m=19 MiB, t=2, p=1)", "—", hashing, "account creation, password change"),
                    Result.against("sign in (check + account update + audit row, one transaction)", "—", signIn,
                            "Argon2id check alone", check, "file database, fsync per commit"),
                    Result.against("a settings write with its audit row (one transaction)", "—", audited,
                            "the same write without", plain, "file database, fsync per commit"));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
