package org.srodesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * File → Back up now… and File → Restore from backup… of the open desk. All methods but
 * {@link #unavailableReason()}, {@link #backupFolder()} and {@link #suggestedBackupFile()} block:
 * run them through the TaskRunner. The composition root wires it to {@code BackupService} and
 * {@code BackupRestore}.
 */
public interface DeskBackups {

    /** Empty when this desk can make backups; otherwise why not (e.g. a PostgreSQL server: pg_dump's job). */
    Optional<String> unavailableReason();

    /** Where backups are kept ({@code backups/} beside the database). */
    Path backupFolder();

    /** The name "Back up now" proposes. */
    Path suggestedBackupFile();

    /** Writes an online backup to {@code zip}, telling {@code progress} the fraction done; returns a summary. */
    String backUp(Path zip, DoubleConsumer progress) throws Exception;

    /** Checks that {@code zip} opens and migrates; returns what it holds, for the confirmation. */
    String check(Path zip) throws Exception;

    /** Replaces the open database by the checked backup (the current file kept aside) and reopens; returns a summary. */
    String restore(Path zip) throws Exception;
}
