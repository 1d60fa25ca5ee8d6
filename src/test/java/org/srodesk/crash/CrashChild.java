package org.srodesk.crash;

import org.srodesk.testing.Actors;
import org.srodesk.domain.account.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupService;
import org.srodesk.service.CoverageService;
import org.srodesk.service.ImportService;
import org.srodesk.service.RosterService;

/**
 * The work {@link CrashRecoveryTest} kills: run in a child JVM on the test class path. Prints
 * {@code READY} once the database is open, then one line per transaction <em>after</em> it returned
 * (so after its commit): the parent knows which transactions had committed when it killed the child.
 *
 * <ul>
 *   <li>{@code import DB FOLDER}: one import of the folder ({@code PROGRESS fraction} as it goes,
 *       {@code COMMITTED import} once done).</li>
 *   <li>{@code accept DB FROM TO}: plans the period once, then accepts it ({@code COMMITTED n} for odd n,
 *       every row recorded as accepted by {@code run-n}) and clears it (even n), over and over.</li>
 *   <li>{@code backup DB FOLDER}: online backups {@code FOLDER/b-n.zip} over and over ({@code BACKED-UP n}).</li>
 *   <li>{@code encrypted DB PASSPHRASE}: one school per transaction into an encrypted database
 *       ({@code COMMITTED n}), over and over.</li>
 * </ul>
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        if (scenario.equals("encrypted")) {
            org.srodesk.persistence.FileEncryption.unlock(Path.of(args[1]), args[2].toCharArray());
        }
        Database db = Database.openFile(Path.of(args[1]));
        say("READY");
        switch (scenario) {
            case "import" -> {
                double[] said = {-1};
                new ImportService(db).importFolder(Path.of(args[2]), new Actor("crash", "Crash test", Role.SERGEANT), (step, fraction) -> {
                    if (fraction - said[0] >= 0.01) {
                        said[0] = fraction;
                        say(String.format(java.util.Locale.ROOT, "PROGRESS %.3f", fraction));
                    }
                });
                say("COMMITTED import");
            }
            case "accept" -> {
                DateRange period = new DateRange(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
                CoverageService coverage = new CoverageService(db, new RosterService(db));
                LocalDate today = period.start();
                CoveragePlan plan = coverage.plan(period, List.of(), List.of(), today);
                say("PLANNED " + plan.assignments().size());
                for (int n = 1; ; n++) {
                    Actor actor = new Actor("run-" + n, "Run " + n, Role.SERGEANT);
                    coverage.accept(n % 2 == 1 ? plan.assignments() : List.of(), period, actor, today);
                    say("COMMITTED " + n);
                }
            }
            case "backup" -> {
                BackupService backups = new BackupService(db, java.time.Clock.systemDefaultZone());
                for (int n = 1; ; n++) {
                    backups.backUpTo(Path.of(args[2]).resolve("b-" + n + ".zip"), p -> { }, Actors.SERGEANT);
                    say("BACKED-UP " + n);
                }
            }
            case "encrypted" -> {
                for (int n = 1; ; n++) {
                    String code = "S" + n;
                    db.useTransaction(h -> h.execute("INSERT INTO school (code, name, level) VALUES (?, ?, 'HIGH')",
                            code, "School " + code));
                    say("COMMITTED " + n);
                }
            }
            default -> throw new IllegalArgumentException(scenario);
        }
        db.close();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
