package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.testing.TableDump;

class BackupServiceTest {

    @TempDir
    Path folder;

    private static final Clock NOV_29 = Clock.fixed(Instant.parse("2026-11-29T14:30:00Z"), ZoneOffset.UTC);

    private Path desk() throws Exception {
        Path file = folder.resolve("srodesk.mv.db");
        try (Database db = Database.openFile(file)) {
            new ImportService(db, ReferenceFixture.MARCH_2).importFolder(
                    ReferenceFixture.write(folder.resolve("csv"), ReferenceFixture.allFiles()),
                    ReferenceFixture.SERGEANT, ImportProgress.none());
        }
        return file;
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void backupThenRestoreGivesTheSameDataAndKeepsTheReplacedFileAside() throws Exception {
        Path file = desk();
        Path zip = folder.resolve("backups/by-hand.zip");
        Map<String, List<String>> before;
        List<Double> progress = new ArrayList<>();
        try (Database db = Database.openFile(file)) {
            before = TableDump.of(db);
            long size = new BackupService(db, NOV_29).backUpTo(zip, progress::add, Actors.SERGEANT);
            assertTrue(size > 0 && Files.size(zip) == size);
            db.useTransaction(h -> h.execute("DELETE FROM calls_for_service"));
            assertNotEquals(before, TableDump.of(db));
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 1), progress.toString());

        BackupRestore restore = new BackupRestore(NOV_29);
        BackupRestore.CheckedBackup checked = restore.check(zip);
        assertEquals(3, checked.contents().schools());
        Optional<Path> aside = restore.replace(file, checked, Actors.ADMIN);

        assertEquals(folder.resolve("srodesk.replaced-20261129-143000.mv.db"), aside.orElseThrow());
        try (Database db = Database.openFile(file)) {
            assertEquals(before, TableDump.of(db));
        }
        try (Database kept = Database.openFile(aside.get())) {
            assertEquals(0, (int) kept.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls_for_service")
                    .mapTo(Integer.class).one()), "the replaced file is kept as it was");
        }
        assertFalse(Files.exists(checked.workFolder()), "the temporary folder is gone");
    }

    @Test
    void onlySettingsMayRestoreAndTheRestoreIsRecordedInTheRestoredDatabase() throws Exception {
        Path file = desk();
        Path zip = folder.resolve("backups/by-hand.zip");
        long rowsInBackup;
        try (Database db = Database.openFile(file)) {
            rowsInBackup = db.withHandle(h -> h.attach(AuditDao.class).count());
            new BackupService(db, NOV_29).backUpTo(zip, p -> { }, Actors.SERGEANT);
            AuditEntry backup = db.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 1)).get(0);
            assertEquals(List.of("sgt.olson", "BACKUP", "backup", "by-hand.zip"),
                    List.of(backup.userName(), backup.action(), backup.entity(), backup.entityId()));
        }
        byte[] current = digest(file);
        BackupRestore restore = new BackupRestore(NOV_29);
        for (var role : List.of(Actors.VIEWER, Actors.SERGEANT, Actors.COMMANDER)) {
            assertThrows(AccessDeniedException.class, () -> restore.check(zip, role));
            BackupRestore.CheckedBackup checked = restore.check(zip);
            assertThrows(AccessDeniedException.class, () -> restore.replace(file, checked, role));
            restore.discard(checked);
        }
        assertArrayEquals(current, digest(file), "no file was moved");

        Optional<Path> aside = restore.replace(file, restore.check(zip, Actors.ADMIN), Actors.ADMIN);
        try (Database restored = Database.openFile(file)) {
            BackupRestore.recordRestore(restored, Actors.ADMIN, zip, aside);
            assertEquals(rowsInBackup + 1, (long) restored.withHandle(h -> h.attach(AuditDao.class).count()),
                    "the backup's own row was written after the copy; the restore's is added");
            AuditEntry row = restored.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 1)).get(0);
            assertEquals(List.of("admin", "RESTORE", "backup", "by-hand.zip"),
                    List.of(row.userName(), row.action(), row.entity(), row.entityId()));
            assertEquals("replaced_file_kept_as=" + aside.orElseThrow(), row.before());
            assertEquals("restored_from=" + zip.toAbsolutePath(), row.after());
        }
    }

    @Test
    void restoreRefusesABrokenBackupAndLeavesTheCurrentDatabaseUntouched() throws Exception {
        Path file = desk();
        Path good = folder.resolve("good.zip");
        try (Database db = Database.openFile(file)) {
            new BackupService(db, NOV_29).backUpTo(good, p -> { }, Actors.SERGEANT);
        }
        byte[] random = new byte[20_000];
        new Random(14).nextBytes(random);
        Path noise = Files.write(folder.resolve("noise.zip"), random);
        byte[] whole = Files.readAllBytes(good);
        Path cut = Files.write(folder.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path notADatabase = folder.resolve("text.zip");
        try (OutputStream out = Files.newOutputStream(notADatabase); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("srodesk.mv.db"));
            zip.write(random);
        }
        Path empty = folder.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(empty); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        byte[] current = digest(file);
        BackupRestore restore = new BackupRestore(NOV_29);
        for (Path broken : List.of(noise, cut, notADatabase, empty, folder.resolve("absent.zip"))) {
            BackupException e = assertThrows(BackupException.class, () -> restore.check(broken), broken.toString());
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertTrue(e.getMessage().contains(broken.getFileName().toString()), e.getMessage());
        }
        assertArrayEquals(current, digest(file), "the current database is untouched");
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("replaced")));
        }
    }

    @Test
    void theDailyBackupIsWrittenOncePerDayAndOnlyTheLastNAreKept() throws Exception {
        Path file = desk();
        try (Database db = Database.openFile(file)) {
            new BackupService(db, NOV_29).setKeepDaily(3, Actors.ADMIN);
            Path byHand = new BackupService(db, NOV_29).suggestedBackupFile();
            new BackupService(db, NOV_29).backUpTo(byHand, p -> { }, Actors.SERGEANT);
            for (int day = 1; day <= 5; day++) {
                Clock clock = Clock.fixed(Instant.parse("2026-12-0" + day + "T08:00:00Z"), ZoneOffset.UTC);
                BackupService service = new BackupService(db, clock);
                assertEquals(Optional.of(service.backupFolder().resolve("srodesk-2026-12-0" + day + ".zip")),
                        service.backUpDailyIfDue());
                assertEquals(Optional.empty(), service.backUpDailyIfDue(), "once a day");
            }
            BackupService service = new BackupService(db, NOV_29);
            assertEquals(3, service.keepDaily());
            assertEquals(List.of("srodesk-2026-11-29-143000.zip", "srodesk-2026-12-03.zip", "srodesk-2026-12-04.zip",
                            "srodesk-2026-12-05.zip"),
                    service.backups().stream().map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aBackupCutShortIsNeverTakenForOneAndIsClearedAway() throws Exception {
        Path file = desk();
        Path backups = DatabaseBackup.folderOf(file);
        Files.createDirectories(backups);
        Path part = Files.write(backups.resolve("srodesk-2026-11-28.zip" + DatabaseBackup.PART_SUFFIX), new byte[] {1, 2});
        try (Database db = Database.openFile(file)) {
            BackupService service = new BackupService(db, NOV_29);
            assertTrue(service.backups().isEmpty());
            service.backUpDailyIfDue();
            assertFalse(Files.exists(part));
            assertEquals(1, service.backups().size());
        }
        assertEquals(Optional.of(backups.resolve("srodesk-2026-11-29.zip")), new BackupRestore(NOV_29).latestBackup(file));
    }

    @Test
    void aDeskWithoutAFileSaysBackupsAreNotItsJob() {
        try (Database db = Database.openInMemory("nobackup-" + System.nanoTime())) {
            BackupService service = new BackupService(db, NOV_29);
            assertTrue(service.unavailableReason().isPresent());
            assertEquals(Optional.empty(), service.backUpDailyIfDue());
            assertThrows(BackupException.class, () -> service.backUpTo(Path.of("x.zip"), p -> { }, Actors.SERGEANT));
        }
        assertTrue(BackupService.SERVER_BACKUPS.contains("pg_dump"));
    }
}
