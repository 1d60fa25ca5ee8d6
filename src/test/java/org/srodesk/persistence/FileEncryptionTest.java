package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;

/**
 * Encryption at rest (issue 11): an encrypted database file cannot be opened without its passphrase,
 * holds no readable text, and opens with the passphrase holding its data.
 */
class FileEncryptionTest {

    /** Few iterations keep these tests fast; {@link #aNewEncryptedDatabaseUsesOwaspIterations} checks the default. */
    static final int FAST = 1_000;
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String NAME = "Quartermaine";

    @TempDir
    Path folder;

    @AfterEach
    void lockEverythingAgain() {
        FileEncryption.forgetAll();
    }

    static Officer officerNamed(String lastName) {
        return new Officer(0, "B-4711", lastName, "Zebediah", "Ofc.", OfficerRole.PRIMARY_SRO, "651-555-0111",
                "z.q@example.org", "West");
    }

    private Path encryptedDeskWithAnOfficer(String name) {
        Path file = folder.resolve(name + ".mv.db");
        FileEncryption.encryptNew(file, PASSPHRASE.toCharArray(), FAST);
        try (Database db = Database.openFile(file)) {
            assertTrue(db.isEncrypted());
            db.useTransaction(h -> h.attach(OfficerDao.class).insert(officerNamed(NAME)));
        }
        FileEncryption.forgetAll(); // as after a restart: nothing unlocked
        return file;
    }

    private static String lastNames(Database db) {
        return db.withHandle(h -> h.createQuery("SELECT last_name FROM officer").mapTo(String.class).list()).toString();
    }

    @Test
    void anEncryptedDatabaseOpensWithItsPassphraseAndHoldsItsData() {
        Path file = encryptedDeskWithAnOfficer("desk");
        assertTrue(FileEncryption.needsPassphrase(file));
        FileEncryption.unlock(file, PASSPHRASE.toCharArray());
        assertFalse(FileEncryption.needsPassphrase(file));
        try (Database db = Database.openFile(file, Database.OpenMode.OPEN_OR_ASK)) {
            assertTrue(db.isEncrypted());
            assertEquals("[" + NAME + "]", lastNames(db));
            // The pool opens further connections with the key it was given (not only the first).
            try (Handle first = db.jdbi().open(); Handle second = db.jdbi().open()) {
                assertEquals(1, second.createQuery("SELECT COUNT(*) FROM officer").mapTo(Integer.class).one());
                assertEquals(1, first.createQuery("SELECT COUNT(*) FROM officer").mapTo(Integer.class).one());
            }
            // Writes still reach the disk (WRITE_DELAY=0, CHECKPOINT SYNC after each transaction).
            db.useTransaction(h -> h.attach(OfficerDao.class).insert(new Officer(0, "B-2", "Second", "Ann", "Ofc.",
                    OfficerRole.PRIMARY_SRO, "", "", "")));
        }
        try (Database db = Database.openFile(file, Database.OpenMode.READ_ONLY)) {
            assertEquals("[" + NAME + ", Second]", lastNames(db));
        }
    }

    @Test
    void withoutThePassphraseAnEncryptedDatabaseCannotBeOpenedAndIsNotChanged() throws Exception {
        Path file = encryptedDeskWithAnOfficer("desk");
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException notGiven = assertThrows(DatabaseOpenException.class,
                () -> Database.openFile(file, Database.OpenMode.OPEN_OR_ASK));
        assertEquals(DatabaseOpenException.Problem.ENCRYPTED, notGiven.problem());
        assertEquals("The database " + file + " is encrypted: SRO Desk needs its passphrase to open it.",
                notGiven.getMessage());

        FileEncryption.WrongPassphraseException wrong = assertThrows(FileEncryption.WrongPassphraseException.class,
                () -> FileEncryption.unlock(file, "correct horse battery stapler".toCharArray()));
        assertEquals("The passphrase does not open " + file + ".", wrong.getMessage());
        assertTrue(FileEncryption.needsPassphrase(file));
        assertThrows(DatabaseOpenException.class, () -> Database.openFile(file, Database.OpenMode.READ_ONLY));

        assertArrayEquals(before, Files.readAllBytes(file), "the file was not touched");
    }

    @Test
    void theProtectionIsH2sEncryptionNotOnlyTheCheckOfThisApp() throws Exception {
        Path file = encryptedDeskWithAnOfficer("desk");
        String url = "jdbc:h2:file:" + Database.baseName(file) + ";IFEXISTS=TRUE";
        // Plain H2 (no key file consulted): the file does not read as a database at all.
        SQLException plain = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close());
        assertEquals(org.h2.api.ErrorCode.FILE_CORRUPTED_1, plain.getErrorCode(), plain.getMessage());
        // H2 with the cipher and a guessed key: refused by H2 itself.
        SQLException guessed = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + ";CIPHER=AES", "sa", "0123456789abcdef ").close());
        assertEquals(org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1, guessed.getErrorCode(), guessed.getMessage());
        // Without its key file, the passphrase alone opens nothing: the message says what is missing.
        Files.move(FileEncryption.keyFileOf(file), folder.resolve("elsewhere.txt"));
        DatabaseOpenException missing = assertThrows(DatabaseOpenException.class, () -> Database.openFile(file));
        assertEquals(DatabaseOpenException.Problem.ENCRYPTED, missing.problem());
        assertTrue(missing.getMessage().contains("is encrypted, but its key file " + FileEncryption.keyFileOf(file)
                + " is missing"), missing.getMessage());
    }

    @Test
    void theRawBytesOfAnEncryptedFileHoldNoTextWhileAPlainFileShowsIt() throws Exception {
        Path plain = folder.resolve("plain.mv.db");
        try (Database db = Database.openFile(plain)) {
            assertFalse(db.isEncrypted());
            db.useTransaction(h -> h.attach(OfficerDao.class).insert(officerNamed(NAME)));
        }
        Path encrypted = encryptedDeskWithAnOfficer("secret");
        assertTrue(contains(Files.readAllBytes(plain), NAME), "the plain file shows the name: the test can fail");
        byte[] raw = Files.readAllBytes(encrypted);
        assertFalse(contains(raw, NAME));
        assertFalse(contains(raw, "Zebediah"));
        assertFalse(contains(raw, "officer") || contains(raw, "OFFICER"), "not even the table names");
        assertTrue(FileEncryption.looksEncrypted(encrypted));
        assertFalse(FileEncryption.looksEncrypted(plain));
    }

    @Test
    void aKeyFileBesideAPlainFileOrADamagedOneIsExplainedNotIgnored() throws Exception {
        Path plain = folder.resolve("plain.mv.db");
        Database.openFile(plain).close();
        Files.copy(FileEncryption.keyFileOf(encryptedDeskWithAnOfficer("other")), FileEncryption.keyFileOf(plain));
        DatabaseOpenException mismatch = assertThrows(DatabaseOpenException.class, () -> Database.openFile(plain));
        assertTrue(mismatch.getMessage().contains("says the database " + plain + " is encrypted, but that file is not"),
                mismatch.getMessage());

        Files.writeString(FileEncryption.keyFileOf(plain), "format=1\ncipher=AES\nkdf=PBKDF2WithHmacSHA256\n"
                + "iterations=lots\nsalt=AAAA\ncheck=AAAA\n");
        DatabaseOpenException damaged = assertThrows(DatabaseOpenException.class, () -> Database.openFile(plain));
        assertEquals(DatabaseOpenException.Problem.ENCRYPTED, damaged.problem());
        assertTrue(damaged.getMessage().contains("cannot be used: its iterations \"lots\" is not a number"),
                damaged.getMessage());
    }

    @Test
    void aMissingEncryptedFileIsNotSilentlyReplacedByAnEmptyPlainOne() throws Exception {
        Path file = encryptedDeskWithAnOfficer("desk");
        Files.delete(file);
        Files.deleteIfExists(folder.resolve("desk.desk.lock"));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.openFile(file, Database.OpenMode.OPEN_OR_ASK));
        assertEquals(DatabaseOpenException.Problem.MISSING, e.problem());
        assertFalse(Files.exists(file));
    }

    @Test
    void aNewEncryptedDatabaseUsesOwaspIterationsAndRefusesAShortPassphrase() throws Exception {
        IllegalArgumentException shortOne = assertThrows(IllegalArgumentException.class,
                () -> FileEncryption.encryptNew(folder.resolve("a.mv.db"), "tooshort".toCharArray()));
        assertTrue(shortOne.getMessage().contains("at least 12 characters"), shortOne.getMessage());
        assertFalse(Files.exists(FileEncryption.keyFileOf(folder.resolve("a.mv.db"))));

        Path file = folder.resolve("b.mv.db");
        FileEncryption.KeyDerivation made = FileEncryption.encryptNew(file, PASSPHRASE.toCharArray());
        String keyFile = Files.readString(FileEncryption.keyFileOf(file), StandardCharsets.UTF_8);
        assertTrue(keyFile.contains("iterations=600000\n") && keyFile.contains("kdf=PBKDF2WithHmacSHA256\n"), keyFile);
        assertFalse(keyFile.contains(PASSPHRASE));
        assertEquals(made, FileEncryption.read(file).orElseThrow());
        assertEquals(folder.resolve("b.encryption"), FileEncryption.keyFileOf(file));

        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> FileEncryption.encryptNew(file, PASSPHRASE.toCharArray(), FAST));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
    }

    static boolean contains(byte[] haystack, String text) {
        for (byte[] needle : List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE))) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
