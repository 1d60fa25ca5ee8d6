package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.testing.Actors;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.FileEncryption;
import org.srodesk.testing.TableDump;

/** Backups of an encrypted database (issue 11) stay encrypted, carry the key file, and restore with the passphrase. */
class EncryptedBackupTest {

    private static final Clock NOV_29 = Clock.fixed(Instant.parse("2026-11-29T14:30:00Z"), ZoneOffset.UTC);
    private static final char[] PASSPHRASE = "patrol cars at dawn 1984".toCharArray();

    @TempDir
    Path folder;

    @AfterEach
    void lockEverythingAgain() {
        FileEncryption.forgetAll();
    }

    private Path encryptedDesk() throws Exception {
        Path file = folder.resolve("srodesk.mv.db");
        FileEncryption.encryptNew(file, PASSPHRASE.clone(), 1_000);
        try (Database db = Database.openFile(file)) {
            new ImportService(db, ReferenceFixture.MARCH_2).importFolder(
                    ReferenceFixture.write(folder.resolve("csv"), ReferenceFixture.allFiles()),
                    ReferenceFixture.SERGEANT, ImportProgress.none());
        }
        return file;
    }

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aBackupOfAnEncryptedDatabaseIsEncryptedAndRestoresWithThePassphraseOnly() throws Exception {
        Path file = encryptedDesk();
        String officerName;
        Map<String, List<String>> before;
        Path zip;
        List<Double> progress = new ArrayList<>();
        try (Database db = Database.openFile(file)) {
            before = TableDump.of(db);
            officerName = db.withHandle(h -> h.createQuery("SELECT last_name FROM officer ORDER BY id LIMIT 1")
                    .mapTo(String.class).one());
            zip = new BackupService(db, NOV_29).backUpDailyIfDue().orElseThrow();
        }

        Map<String, byte[]> entries = entries(zip);
        assertEquals(List.of("srodesk.encryption", "srodesk.mv.db"), List.copyOf(entries.keySet()));
        assertEquals(Files.readString(FileEncryption.keyFileOf(file)),
                new String(entries.get("srodesk.encryption"), StandardCharsets.UTF_8));
        byte[] data = entries.get("srodesk.mv.db");
        assertTrue(new String(data, 0, 10, StandardCharsets.US_ASCII).startsWith("H2encrypt"));
        assertFalse(new String(data, StandardCharsets.ISO_8859_1).contains(officerName),
                "the officer " + officerName + " is not readable in the backup");
        BackupService.checkZip(zip, progress::add);

        // A restart: nothing unlocked. The backup alone cannot be checked, let alone restored.
        FileEncryption.forgetAll();
        BackupRestore restore = new BackupRestore(NOV_29);
        BackupException locked = assertThrows(BackupException.class, () -> restore.check(zip));
        assertTrue(locked.getMessage().contains("is encrypted with a passphrase"), locked.getMessage());

        // With the passphrase (read from the key file inside the backup), it restores over a damaged file.
        FileEncryption.KeyDerivation derivation = DatabaseBackup.keyDerivationIn(zip).orElseThrow();
        assertThrows(FileEncryption.WrongPassphraseException.class,
                () -> FileEncryption.unlock(derivation, "patrol cars at dusk 1984".toCharArray(), "wrong"));
        FileEncryption.unlock(derivation, PASSPHRASE.clone(), "wrong");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3000);
        }
        Files.delete(FileEncryption.keyFileOf(file)); // lost with the damage: the backup brings it back
        BackupRestore.CheckedBackup checked = restore.check(zip);
        assertTrue(checked.contents().officers() > 0);
        Optional<Path> aside = restore.replace(file, checked, Actors.ADMIN);
        assertTrue(aside.isPresent());
        assertTrue(Files.exists(FileEncryption.keyFileOf(file)));
        try (Database db = Database.openFile(file, Database.OpenMode.OPEN_OR_ASK)) {
            assertTrue(db.isEncrypted());
            assertEquals(before, TableDump.of(db));
        }
    }

    @Test
    void restoringAPlainBackupPutsTheEncryptedFileAsideWithItsKeyFileAndUndoBringsBothBack() throws Exception {
        Path file = encryptedDesk();
        Path plainFile = folder.resolve("plain/srodesk.mv.db");
        Path plainZip = folder.resolve("plain.zip");
        try (Database plain = Database.openFile(plainFile)) {
            DatabaseBackup.write(plain, plainZip);
        }
        BackupRestore restore = new BackupRestore(NOV_29);
        BackupRestore.CheckedBackup checked = restore.check(plainZip);
        Path aside = restore.replace(file, checked, Actors.ADMIN).orElseThrow();
        assertFalse(Files.exists(FileEncryption.keyFileOf(file)), "the restored file is plain");
        assertTrue(Files.exists(FileEncryption.keyFileOf(aside)), "the encrypted file kept aside keeps its key file");
        try (Database db = Database.openFile(file)) {
            assertFalse(db.isEncrypted());
        }
        restore.undo(file, aside);
        assertTrue(Files.exists(FileEncryption.keyFileOf(file)));
        try (Database db = Database.openFile(file)) {
            assertTrue(db.isEncrypted());
            assertTrue(db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM officer").mapTo(Integer.class).one()) > 0);
        }
    }
}
