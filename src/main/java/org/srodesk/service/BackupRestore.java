package org.srodesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.persistence.FileEncryption;

/**
 * Restores a database file from a backup, in two steps so that a bad backup never costs the
 * current data:
 * <ol>
 *   <li>{@link #check}: the backup is unpacked into a temporary folder, opened and migrated to this
 *       build's schema (exactly as a start-up would), and its contents counted. A backup that is
 *       not a zip, holds no database, is damaged or is from a newer SRO Desk is refused here with
 *       a {@link BackupException}, and nothing else is touched.</li>
 *   <li>{@link #replace}: with the current database <em>closed</em>, its file is kept aside as
 *       {@code <base>.replaced-<date-time>.mv.db} (never deleted) and the checked file moved into
 *       its place. {@link #undo} puts the original back if the reopen fails.</li>
 * </ol>
 * Works on files only: it never holds a database open past {@link #check}.
 *
 * <p><b>Roles and audit</b>: restoring replaces every record of the desk, so {@link #replace} needs
 * {@link Permission#CHANGE_SETTINGS}, checked before any file is moved. The restore cannot be audited in
 * the database it replaces — that file is put aside, and whatever was written to it is no longer the
 * desk's data — so it is recorded <em>in the restored database</em>, once that is in place and open
 * ({@link #recordRestore}): the restored file's audit log then ends with the restore that brought it back.
 * {@link #recover} is the start-up path, when the database cannot be opened at all (see there).
 */
public final class BackupRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A backup unpacked and opened successfully, waiting in {@link #workFolder()} to replace the database. */
    public record CheckedBackup(Path zip, Path databaseFile, Path workFolder, DistrictSummary contents) {
    }

    private final Clock clock;

    public BackupRestore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The newest complete backup of {@code dataFile}, if any (in {@code backups/} beside it). */
    public Optional<Path> latestBackup(Path dataFile) {
        return DatabaseBackup.backupsOf(dataFile).stream().findFirst();
    }

    /**
     * {@link #check(Path)} for a restore asked by {@code actor}: refused before any work unless the role
     * may restore ({@link Permission#CHANGE_SETTINGS}).
     */
    public CheckedBackup check(Path zip, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.CHANGE_SETTINGS);
        return check(zip);
    }

    /**
     * Unpacks, opens and migrates {@code zip} in a temporary folder and counts what it holds.
     *
     * @throws BackupException when the file is not a usable backup; the message says why
     */
    public CheckedBackup check(Path zip) {
        Path work;
        try {
            work = Files.createTempDirectory("srodesk-restore-");
        } catch (IOException e) {
            throw new BackupException("No temporary folder could be made to check the backup: " + e.getMessage(), e);
        }
        try {
            Path file = DatabaseBackup.extract(zip, work);
            DistrictSummary contents;
            try (Database restored = Database.openFile(file, Database.OpenMode.OPEN_OR_CREATE)) {
                contents = new DistrictService(restored).summary();
            }
            return new CheckedBackup(zip, file, work, contents);
        } catch (IOException e) {
            deleteFolder(work);
            throw new BackupException("The file " + zip.getFileName() + " is not a readable SRO Desk backup ("
                    + e.getMessage() + "). Nothing was changed.", e);
        } catch (DatabaseOpenException e) {
            deleteFolder(work);
            if (e.problem() == DatabaseOpenException.Problem.ENCRYPTED) {
                throw new BackupException("The backup " + zip.getFileName() + " is encrypted with a passphrase "
                        + "SRO Desk has not been given since it started (not the open database's). Start SRO Desk "
                        + "on that backup's database to give it. Nothing was changed.", e);
            }
            throw new BackupException("The backup " + zip.getFileName() + " cannot be restored: "
                    + e.getMessage().replace(work.toString(), "the backup") + " Nothing was changed.", e);
        } catch (RuntimeException e) {
            deleteFolder(work);
            throw new BackupException("The backup " + zip.getFileName() + " cannot be restored: " + e.getMessage()
                    + " Nothing was changed.", e);
        }
    }

    /**
     * Puts the checked backup in place of {@code dataFile}, which must be closed. Once the restored file is
     * open, record the restore in it with {@link #recordRestore}.
     *
     * @return where the replaced file was kept, or empty when there was none
     * @throws org.srodesk.service.AccessDeniedException when {@code actor} may not change settings; no file is moved
     */
    public Optional<Path> replace(Path dataFile, CheckedBackup backup, Actor actor) throws IOException {
        Objects.requireNonNull(actor, "actor").require(Permission.CHANGE_SETTINGS);
        return move(dataFile, backup);
    }

    /**
     * Start-up recovery: puts the checked backup in place of {@code dataFile} when that file cannot be
     * opened (damaged or missing). No account can be checked then — the accounts are in the file that
     * cannot be read — and whoever is offered this choice already holds the file on their own disk, so
     * there is no role to require; the restore is recorded as the operating-system user
     * ({@link Actor#commandLine()}) with {@link #recordRestore} once the restored database is open.
     */
    public Optional<Path> recover(Path dataFile, CheckedBackup backup) throws IOException {
        return move(dataFile, backup);
    }

    /**
     * Records a restore in the <em>restored</em> database (RESTORE backup, id the zip's name), after it
     * replaced the file and was opened: the replaced file was kept aside and is no longer the desk's data,
     * so this is the only audit log in which the restore can stand.
     */
    public static void recordRestore(Database restored, Actor actor, Path zip, Optional<Path> aside) {
        restored.useTransaction(h -> AuditLog.record(h, actor, "RESTORE", "backup", zip.getFileName().toString(),
                AuditLog.state("replaced_file_kept_as", aside.map(Path::toString).orElse("")),
                AuditLog.state("restored_from", zip.toAbsolutePath())));
    }

    private Optional<Path> move(Path dataFile, CheckedBackup backup) throws IOException {
        Path target = Database.dataFileOf(dataFile);
        Path aside = null;
        if (Files.exists(target)) {
            aside = asideOf(target);
            Files.move(target, aside);
        }
        // An encrypted database's key file goes with it (aside), and the backup's comes with the backup.
        Path keyFile = FileEncryption.keyFileOf(target);
        Path keyAside = null;
        if (Files.exists(keyFile)) {
            keyAside = FileEncryption.keyFileOf(aside != null ? aside : asideOf(target));
            Files.move(keyFile, keyAside);
        }
        try {
            Files.move(backup.databaseFile(), target);
            Path backupKey = FileEncryption.keyFileOf(backup.databaseFile());
            if (Files.exists(backupKey)) {
                Files.move(backupKey, keyFile);
            }
        } catch (IOException e) {
            if (aside != null) {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (keyAside != null) {
                Files.move(keyAside, keyFile, StandardCopyOption.REPLACE_EXISTING);
            }
            throw e;
        }
        discard(backup);
        return Optional.ofNullable(aside);
    }

    private Path asideOf(Path target) {
        String base = DatabaseBackup.baseNameOf(target);
        return target.resolveSibling(base + ".replaced-" + LocalDateTime.now(clock).format(STAMP) + ".mv.db");
    }

    /** Puts the file kept {@code aside} back in place of {@code dataFile} (closed), after a failed reopen. */
    public void undo(Path dataFile, Path aside) throws IOException {
        Files.move(aside, Database.dataFileOf(dataFile), StandardCopyOption.REPLACE_EXISTING);
        Path keyFile = FileEncryption.keyFileOf(dataFile);
        if (Files.exists(FileEncryption.keyFileOf(aside))) {
            Files.move(FileEncryption.keyFileOf(aside), keyFile, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(keyFile); // the backup's; the zip still holds it
        }
    }

    /** Deletes the temporary folder of a checked backup that will not be used. */
    public void discard(CheckedBackup backup) {
        deleteFolder(backup.workFolder());
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
