package org.srodesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.service.BackupService;
import org.srodesk.service.DistrictSummary;
import org.srodesk.ui.shell.DeskBackups;

/**
 * The File menu's backup commands for the desk open in a window: backs up through
 * {@link BackupService}; restores through {@link BackupRestore} — the backup is checked first, then
 * the open context is closed, its file kept aside, the backup moved in and the desk reopened
 * ({@code reopened} receives the new context, on the worker thread). If the restored file will not
 * open, the original is put back and reopened. The reopened desk has nobody signed in: the window asks
 * again, as the restored file has its own accounts.
 */
final class DeskBackupCommands implements DeskBackups {

    private final Supplier<AppContext> current;
    private final Consumer<AppContext> reopened;
    private final BackupRestore restore = new BackupRestore(Clock.systemDefaultZone());
    private BackupRestore.CheckedBackup checked;

    DeskBackupCommands(Supplier<AppContext> current, Consumer<AppContext> reopened) {
        this.current = current;
        this.reopened = reopened;
    }

    private BackupService service() {
        return current.get().backupService();
    }

    @Override
    public Optional<String> unavailableReason() {
        return service().unavailableReason();
    }

    @Override
    public Path backupFolder() {
        return service().backupFolder();
    }

    @Override
    public Path suggestedBackupFile() {
        return service().suggestedBackupFile();
    }

    @Override
    public String backUp(Path zip, DoubleConsumer progress) {
        long bytes = service().backUpTo(zip, progress, current.get().actor());
        return String.format(Locale.ROOT, "The database was backed up to %s (%,d KB).", zip, Math.max(1, bytes / 1024));
    }

    @Override
    public synchronized String check(Path zip) {
        if (checked != null) {
            restore.discard(checked);
            checked = null;
        }
        checked = restore.check(zip, current.get().actor());
        DistrictSummary s = checked.contents();
        return String.format(Locale.ROOT, "The backup %s opens and is ready to restore. It holds %,d officers, "
                + "%,d schools, %,d calendar days, %,d time-off requests and %,d calls-for-service rows.",
                zip.getFileName(), s.officers(), s.schools(), s.calendarDays(), s.timeOffRequests(), s.callsForService());
    }

    @Override
    public synchronized String restore(Path zip) throws Exception {
        if (checked == null || !checked.zip().equals(zip)) {
            check(zip); // refuses a role that may not restore, before the desk is closed
        }
        AppContext open = current.get();
        Actor actor = open.actor();
        Path file = open.database().file().orElseThrow();
        open.close();
        Optional<Path> aside;
        try {
            aside = restore.replace(file, checked, actor);
        } catch (Exception e) {
            reopened.accept(AppContext.open(file, Database.OpenMode.OPEN_OR_ASK));
            throw e;
        } finally {
            checked = null;
        }
        AppContext restored = null;
        try {
            restored = AppContext.open(file, Database.OpenMode.OPEN_OR_ASK);
            // The restore is recorded in the restored database, now in place: the replaced file is kept
            // aside and its audit log is no longer the desk's. No row, no restore: a failure undoes it.
            BackupRestore.recordRestore(restored.database(), actor, zip, aside);
        } catch (RuntimeException e) {
            if (restored != null) {
                restored.close();
            }
            if (aside.isPresent()) {
                restore.undo(file, aside.get());
            }
            reopened.accept(AppContext.open(file, Database.OpenMode.OPEN_OR_ASK));
            throw e;
        }
        reopened.accept(restored);
        return "The backup " + zip.getFileName() + " was restored and is open."
                + aside.map(p -> " The file it replaced was kept as " + p + ".").orElse("");
    }
}
