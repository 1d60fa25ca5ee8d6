package org.srodesk.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.FileEncryption;

/**
 * The crash-safety settings (WRITE_DELAY=0, CHECKPOINT SYNC after each transaction) hold for an
 * encrypted database too (issue 11): a process killed while writing loses no committed transaction,
 * and the file still opens with its passphrase.
 */
class EncryptedCrashTest {

    private static final String PASSPHRASE = "kill it while it writes";
    private static final int POINTS = 3;

    @TempDir
    Path folder;

    @AfterEach
    void lockEverythingAgain() {
        FileEncryption.forgetAll();
    }

    @Test
    void aKilledWriterLosesNoCommittedTransactionOfAnEncryptedDatabase() throws Exception {
        Random random = new Random(11);
        Path errors = folder.resolve("child-errors.txt");
        Files.createFile(errors);
        for (int point = 0; point < POINTS; point++) {
            Path file = folder.resolve("enc-" + point + ".mv.db");
            FileEncryption.encryptNew(file, PASSPHRASE.toCharArray(), 1_000);
            Database.openFile(file).close();
            FileEncryption.forgetAll();

            ChildProcess child = ChildProcess.start(errors, "encrypted", file.toString(), PASSPHRASE);
            assertTrue(child.awaitLine("COMMITTED", 120), Files.readString(errors));
            long delay = random.nextLong(100, 1_500);
            child.killAfter(delay);
            int last = child.lastNumbered("COMMITTED");

            assertTrue(FileEncryption.looksEncrypted(file));
            FileEncryption.unlock(file, PASSPHRASE.toCharArray());
            try (Database db = Database.openFile(file, Database.OpenMode.OPEN_OR_ASK)) {
                int found = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM school").mapTo(Integer.class).one());
                int highest = db.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(CAST(SUBSTRING(code, 2) AS INTEGER)), 0)"
                        + " FROM school").mapTo(Integer.class).one());
                // No committed school lost, none half-written, no gap. (Found above the last reported line by up to
                // two was seen once in ~10 full runs: the report lags the commit; what matters is nothing lost.)
                assertTrue(found >= last && found <= last + 2, "killed " + delay + " ms after the first commit: "
                        + last + " reported committed, " + found + " found");
                assertTrue(highest == found, "schools S1..S" + found + " without a gap, found up to S" + highest);
            }
            FileEncryption.forgetAll();
        }
    }
}
