package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening damaged, newer, missing, read-only files, and writing on a full disk. */
class DatabaseSafetyTest {

    @TempDir
    Path folder;

    @AfterEach
    void emptyTheDiskAgain() {
        FullDiskFileSystem.full = false;
    }

    private static void addSchool(Database db, String code) {
        db.useTransaction(h -> h.attach(SchoolDao.class).insert(DatabaseTest.school(code)));
    }

    private static int schools(Database db) {
        return db.withHandle(h -> h.attach(SchoolDao.class).count());
    }

    @Test
    void aFileWithAMigrationFromTheFutureIsRefusedAsNewerAndNotMigrated() {
        Path file = folder.resolve("future.mv.db");
        try (Database db = Database.openFile(file)) {
            // What a V99 migration of a later SRO Desk leaves in Flyway's table (H2 keeps its names lower case).
            db.useTransaction(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                    + " \"execution_time\", \"success\") SELECT MAX(\"installed_rank\") + 1, '99', 'from the future',"
                    + " 'SQL', 'V99__from_the_future.sql', 1, 'sa', CURRENT_TIMESTAMP, 1, TRUE FROM \"flyway_schema_history\""));
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openFile(file));
        assertEquals(DatabaseOpenException.Problem.NEWER_VERSION, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("It was not changed"), e.getMessage());
        // And again: nothing was run or recorded the first time.
        assertEquals(DatabaseOpenException.Problem.NEWER_VERSION,
                assertThrows(DatabaseOpenException.class, () -> Database.openFile(file)).problem());
    }

    @Test
    void aMissingFileThatWasUsedHereBeforeIsNotSilentlyReplacedByAnEmptyOne() throws Exception {
        Path file = folder.resolve("desk.mv.db");
        try (Database db = Database.openFile(file)) {
            addSchool(db, "CEN");
        }
        Files.delete(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.openFile(file, Database.OpenMode.OPEN_OR_ASK));
        assertEquals(DatabaseOpenException.Problem.MISSING, e.problem());
        assertFalse(Files.exists(file), "no empty database was created in its place");
        try (Database created = Database.openFile(file, Database.OpenMode.OPEN_OR_CREATE)) {
            assertEquals(0, schools(created));
        }
    }

    @Test
    void aFirstStartWithNoTraceOfADatabaseCreatesItWithoutAsking() {
        Path file = folder.resolve("first.mv.db");
        try (Database db = Database.openFile(file, Database.OpenMode.OPEN_OR_ASK)) {
            assertEquals(0, schools(db));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void readOnlyShowsTheDataAndRefusesWritesWithAClearMessage() {
        Path file = folder.resolve("ro.mv.db");
        try (Database db = Database.openFile(file)) {
            addSchool(db, "CEN");
        }
        try (Database db = Database.openFile(file, Database.OpenMode.READ_ONLY)) {
            assertTrue(db.isReadOnly());
            assertEquals(1, schools(db));
            DatabaseWriteException e = assertThrows(DatabaseWriteException.class, () -> addSchool(db, "HAR"));
            assertEquals(DatabaseWriteException.Reason.READ_ONLY, e.reason());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        try (Database db = Database.openFile(file)) {
            assertEquals(1, schools(db));
        }
    }

    @Test
    void aFileThisUserCannotWriteIsReportedAsReadOnlyBeforeH2IsAsked() {
        Path file = folder.resolve("locked-down.mv.db");
        try (Database db = Database.openFile(file)) {
            addSchool(db, "CEN");
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.openFile(file, Database.OpenMode.OPEN_OR_ASK, "file:", p -> false));
        assertEquals(DatabaseOpenException.Problem.READ_ONLY, e.problem());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedAsDamaged() throws Exception {
        Path file = folder.resolve("cut.mv.db");
        try (Database db = Database.openFile(file)) {
            addSchool(db, "CEN");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3000); // less than its two 4 KB file headers
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openFile(file));
        assertEquals(DatabaseOpenException.Problem.CORRUPT, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aFullDiskRefusesTheWriteRollsItBackAndKeepsEverythingCommittedBefore() {
        FullDiskFileSystem.install();
        Path file = folder.resolve("full.mv.db");
        try (Database db = Database.openFile(file, Database.OpenMode.OPEN_OR_CREATE, FullDiskFileSystem.PREFIX,
                Files::isWritable)) {
            addSchool(db, "CEN");
            FullDiskFileSystem.full = true;
            DatabaseWriteException e = assertThrows(DatabaseWriteException.class, () -> addSchool(db, "HAR"));
            assertEquals(DatabaseWriteException.Reason.DISK_FULL, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("refused and rolled back"), e.getMessage());
        } finally {
            FullDiskFileSystem.full = false;
        }
        try (Database db = Database.openFile(file)) {
            assertEquals(1, schools(db), "CEN committed before the disk filled; HAR never");
            assertEquals(java.util.List.of("CEN"), db.withHandle(h -> h.createQuery("SELECT code FROM school")
                    .mapTo(String.class).list()));
        }
    }

    @Test
    void aFullDiskAtStartIsReportedAsSuch() {
        FullDiskFileSystem.install();
        FullDiskFileSystem.full = true;
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openFile(
                folder.resolve("nospace.mv.db"), Database.OpenMode.OPEN_OR_CREATE, FullDiskFileSystem.PREFIX,
                Files::isWritable));
        assertEquals(DatabaseOpenException.Problem.DISK_FULL, e.problem(), e.getMessage());
    }
}
