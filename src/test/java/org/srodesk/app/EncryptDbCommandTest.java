package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseCopy;
import org.srodesk.persistence.FileEncryption;

/**
 * {@code --encrypt-db} / {@code --decrypt-db} / {@code --passphrase-file} (issue 11): the small demo
 * district encrypted and decrypted again keeps every row; an encrypted file does not open from the
 * command line without its passphrase.
 */
class EncryptDbCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void lockEverythingAgain() {
        FileEncryption.forgetAll();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path passphraseFile(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void theSmallDemoEncryptedAndDecryptedAgainKeepsEveryRowAndNeedsThePassphraseBetween() throws Exception {
        String plain = folder.resolve("plain.mv.db").toString();
        String encrypted = folder.resolve("enc.mv.db").toString();
        String back = folder.resolve("back.mv.db").toString();
        Path passphrase = passphraseFile("pass.txt", "blue lights over the river");
        assertEquals(0, run("--generate-demo", "small", "--db", plain), errors());
        String officer;
        try (Database db = Database.openFile(Path.of(plain))) {
            officer = db.withHandle(h -> h.createQuery("SELECT last_name FROM officer ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
        }

        assertEquals(0, run("--encrypt-db", plain, encrypted, "--passphrase-file", passphrase.toString()), errors());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*officer\\s+[1-9][\\d,]*\\s+[1-9][\\d,]*\\n.*"), printed);
        assertTrue(printed.contains("is unchanged and NOT encrypted"), printed);
        assertTrue(Files.exists(FileEncryption.keyFileOf(Path.of(encrypted))));
        assertTrue(FileEncryptionTestBytes.contains(Files.readAllBytes(Path.of(plain)), officer), "the test can fail");
        assertFalse(FileEncryptionTestBytes.contains(Files.readAllBytes(Path.of(encrypted)), officer));

        FileEncryption.forgetAll(); // a new process
        assertEquals(Main.FAILED, run("--self-check", "--db", encrypted));
        assertTrue(errors().contains("is encrypted: run in a terminal to type its passphrase, or give it with "
                + "--passphrase-file"), errors());
        assertEquals(Main.FAILED, run("--self-check", "--db", encrypted, "--passphrase-file",
                passphraseFile("wrong.txt", "red lights over the river").toString()));
        assertTrue(errors().contains("The passphrase does not open " + Path.of(encrypted).toAbsolutePath()),
                errors());
        assertEquals(0, run("--self-check", "--db", encrypted, "--passphrase-file", passphrase.toString()), errors());

        FileEncryption.forgetAll();
        assertEquals(0, run("--decrypt-db", encrypted, back, "--passphrase-file", passphrase.toString()), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("NOT encrypted"));
        assertFalse(Files.exists(FileEncryption.keyFileOf(Path.of(back))));

        try (Database original = Database.openFile(Path.of(plain));
             Database viaEncryption = Database.openFile(Path.of(encrypted));
             Database decrypted = Database.openFile(Path.of(back))) {
            assertTrue(viaEncryption.isEncrypted());
            assertFalse(decrypted.isEncrypted());
            Map<String, Long> counts = rowCounts(original);
            assertTrue(counts.get("officer") > 5, counts.toString());
            assertEquals(counts, rowCounts(viaEncryption));
            assertEquals(counts, rowCounts(decrypted));
        }
    }

    @Test
    void encryptingRefusesAnExistingTargetAShortPassphraseAndLeavesNothingBehind() throws Exception {
        String plain = folder.resolve("plain.mv.db").toString();
        Database.openFile(Path.of(plain)).close();
        Path target = folder.resolve("enc.mv.db");

        assertEquals(Main.FAILED, run("--encrypt-db", plain, target.toString(), "--passphrase-file",
                passphraseFile("short.txt", "short").toString()));
        assertTrue(errors().contains("at least 12 characters"), errors());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(FileEncryption.keyFileOf(target)));

        assertEquals(Main.USAGE_ERROR, run("--encrypt-db", plain, plain, "--passphrase-file",
                passphraseFile("ok.txt", "long enough passphrase").toString()));
        assertTrue(errors().contains("FROM and TO must differ"), errors());
        Path existing = folder.resolve("existing.mv.db");
        Database.openFile(existing).close();
        byte[] existingBytes = Files.readAllBytes(existing);
        assertEquals(Main.FAILED, run("--encrypt-db", plain, existing.toString(), "--passphrase-file",
                folder.resolve("ok.txt").toString()));
        assertTrue(errors().contains(existing + " already exists"), errors());
        assertArrayEquals(existingBytes, Files.readAllBytes(existing));
        assertEquals(Main.FAILED, run("--decrypt-db", plain, target.toString(), "--passphrase-file",
                passphraseFile("ok2.txt", "long enough passphrase").toString()));
        assertTrue(errors().contains("is not encrypted"), errors());
        assertEquals(Main.USAGE_ERROR, run("--encrypt-db", plain));
    }

    @Test
    void anEncryptedFileGetsANewPassphraseByEncryptingItAgainWithoutAPlainCopy() throws Exception {
        String plain = folder.resolve("plain.mv.db").toString();
        Database.openFile(Path.of(plain)).close();
        String first = folder.resolve("first.mv.db").toString();
        String second = folder.resolve("second.mv.db").toString();
        assertEquals(0, run("--encrypt-db", plain, first, "--passphrase-file",
                passphraseFile("p1.txt", "the first passphrase").toString()), errors());
        FileEncryption.forgetAll();
        assertEquals(0, run("--encrypt-db", first, second, "--passphrase-file",
                passphraseFile("p2.txt", "the first passphrase", "the second passphrase").toString()), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(Path.of(first).toAbsolutePath() + " is unchanged."));
        FileEncryption.forgetAll();
        assertEquals(Main.FAILED, run("--self-check", "--db", second, "--passphrase-file",
                folder.resolve("p1.txt").toString()));
        assertEquals(0, run("--self-check", "--db", second, "--passphrase-file",
                passphraseFile("p3.txt", "the second passphrase").toString()), errors());
    }

    private static Map<String, Long> rowCounts(Database database) throws SQLException {
        List<String> tables = database.withHandle(h -> DatabaseCopy.tables(h.getConnection()));
        assertTrue(tables.size() >= 13, tables.toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one()));
        }
        return counts;
    }

    /** Raw-byte search (the same as the persistence test's). */
    static final class FileEncryptionTestBytes {
        static boolean contains(byte[] haystack, String text) {
            byte[] needle = text.getBytes(StandardCharsets.UTF_8);
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
