package org.srodesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.SettingsDao;

/**
 * Backups of the open desk's database file.
 *
 * <ul>
 *   <li>{@link #backUpTo}: an online backup (H2 {@code BACKUP TO}: a consistent copy while the desk
 *       keeps working) into a zip, reported through a progress callback. It is written as
 *       {@code name.zip.part}, read back in full (every entry's CRC checked), and only then renamed
 *       to its name — a backup cut short by a crash or a full disk never looks like a good one.</li>
 *   <li>{@link #backUpDailyIfDue}: at the first start of each day, {@code backups/<base>-<date>.zip}
 *       beside the database, keeping the last {@link #keepDaily()} daily backups (setting
 *       {@value #KEEP_SETTING}, default {@value #DEFAULT_KEEP}). Backups made by hand are never
 *       deleted.</li>
 * </ul>
 * Restoring is {@link BackupRestore}'s job, as it works on a closed database. On a PostgreSQL
 * server (not built yet) backups are the server's job: {@link #unavailableReason()} says so and how.
 * Methods block on the disk: never call them on the JavaFX thread.
 *
 * <p><b>Roles and audit</b>: backing up by hand needs {@link Permission#BACK_UP}, the number of daily
 * backups kept {@link Permission#CHANGE_SETTINGS}. A backup is recorded (BACKUP backup, id the file name)
 * once the checked zip is in place, in a transaction of its own — the backup is a copy, not a change, and
 * the zip does not contain its own row. The daily backup runs for whoever opens the desk and is recorded
 * as {@value #SYSTEM_USER}.
 */
public final class BackupService {

    /** Who the audit log names for the daily backup, which no person asks for. */
    public static final String SYSTEM_USER = "system";

    /** Setting: how many daily backups are kept. */
    public static final String KEEP_SETTING = "backup.keep_daily";
    public static final int DEFAULT_KEEP = 14;

    /** What a desk on a database server is told instead of backing up. */
    public static final String SERVER_BACKUPS = "This desk works on a PostgreSQL database server. Its backups are "
            + "the server's job, not SRO Desk's: the server's administrator should run pg_dump every night "
            + "(for example  pg_dump --format=custom --file=srodesk-$(date +%F).dump srodesk ) and keep the "
            + "files on another machine; pg_restore puts one back.";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern DAILY = Pattern.compile(".*-\\d{4}-\\d{2}-\\d{2}\\.zip");
    /** Share of the progress bar for writing; the rest is reading the backup back. */
    private static final double WRITE_SHARE = 0.8;

    private final Database database;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Empty when this desk can make backups; otherwise the sentence that says why not and what to do. */
    public Optional<String> unavailableReason() {
        if (database.file().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(database.url().startsWith("jdbc:postgresql:") ? SERVER_BACKUPS
                : "This database lives only in memory: there is no file to back up.");
    }

    /** {@code backups/} beside the database file. */
    public Path backupFolder() {
        return DatabaseBackup.folderOf(dataFile());
    }

    /** Where "Back up now" proposes to write: {@code backups/<base>-<date>-<time>.zip}. */
    public Path suggestedBackupFile() {
        return backupFolder().resolve(DatabaseBackup.baseNameOf(dataFile()) + "-"
                + LocalDateTime.now(clock).format(STAMP) + ".zip");
    }

    /** Every complete backup of this database in its backup folder, newest first. */
    public List<Path> backups() {
        return DatabaseBackup.backupsOf(dataFile());
    }

    /**
     * Writes an online backup of the database into {@code zip}.
     *
     * @param progress told the fraction done (0 to 1), from the calling thread and a polling thread
     * @return the size of the backup in bytes
     * @throws AccessDeniedException when {@code actor} may not back up; nothing is read or written
     * @throws BackupException when it cannot be written (the message says why); no file is left
     *                         under {@code zip}'s name then
     */
    public long backUpTo(Path zip, DoubleConsumer progress, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.BACK_UP);
        long bytes = write(zip, progress);
        recordBackup(actor.userName(), zip, bytes, "by hand");
        return bytes;
    }

    private void recordBackup(String userName, Path zip, long bytes, String kind) {
        if (database.isReadOnly()) {
            return; // nothing can be written; the daily backup skips read-only desks anyway
        }
        database.useTransaction(h -> AuditLog.record(h, userName, "BACKUP", "backup", zip.getFileName().toString(),
                "", AuditLog.state("file", zip.toAbsolutePath(), "bytes", bytes, "kind", kind)));
    }

    private long write(Path zip, DoubleConsumer progress) {
        unavailableReason().ifPresent(reason -> {
            throw new BackupException(reason, null);
        });
        Path part = zip.resolveSibling(zip.getFileName() + DatabaseBackup.PART_SUFFIX);
        long expected = expectedSize();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backup-progress");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.deleteIfExists(part);
            progress.accept(0);
            poller.scheduleAtFixedRate(() -> progress.accept(WRITE_SHARE * Math.min(0.99, size(part) / (double) expected)),
                    100, 100, TimeUnit.MILLISECONDS);
            DatabaseBackup.write(database, part);
            poller.shutdownNow();
            poller.awaitTermination(1, TimeUnit.SECONDS);
            progress.accept(WRITE_SHARE);
            checkZip(part, fraction -> progress.accept(WRITE_SHARE + (1 - WRITE_SHARE) * fraction));
            moveIntoPlace(part, zip);
            progress.accept(1);
            return Files.size(zip);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw failed(zip, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(part);
            throw new BackupException("The backup was interrupted; no backup was written.", e);
        } finally {
            poller.shutdownNow();
        }
    }

    /** Renames the checked backup to its name in one step where the file system can, else plainly. */
    private static void moveIntoPlace(Path part, Path zip) throws IOException {
        try {
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * At the first start of a day: writes {@code backups/<base>-<today>.zip} unless it exists, then
     * deletes the oldest daily backups beyond {@link #keepDaily()}. Leftover {@code .part} files of
     * backups cut short are removed.
     *
     * @return the backup written, or empty when today's exists or this desk cannot make backups
     */
    public Optional<Path> backUpDailyIfDue() {
        if (unavailableReason().isPresent()) {
            return Optional.empty();
        }
        removeLeftoverParts();
        Path daily = backupFolder().resolve(DatabaseBackup.baseNameOf(dataFile()) + "-" + LocalDate.now(clock) + ".zip");
        if (Files.exists(daily)) {
            return Optional.empty();
        }
        long bytes = write(daily, fraction -> { });
        recordBackup(SYSTEM_USER, daily, bytes, "daily");
        pruneDaily(keepDaily());
        return Optional.of(daily);
    }

    /** Deletes the oldest daily backups so that {@code keep} remain; returns those deleted. */
    List<Path> pruneDaily(int keep) {
        List<Path> daily = new ArrayList<>();
        for (Path p : backups()) {
            if (DAILY.matcher(p.getFileName().toString()).matches()) {
                daily.add(p);
            }
        }
        daily.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        List<Path> deleted = new ArrayList<>();
        for (Path old : daily.subList(Math.min(keep, daily.size()), daily.size())) {
            if (deleteQuietly(old)) {
                deleted.add(old);
            }
        }
        return deleted;
    }

    /** How many daily backups are kept: the setting, or {@value #DEFAULT_KEEP}. */
    public int keepDaily() {
        return database.withHandle(h -> h.attach(SettingsDao.class).find(KEEP_SETTING))
                .flatMap(BackupService::parsePositive).orElse(DEFAULT_KEEP);
    }

    /** Stores how many daily backups are kept (1 to 365); needs {@link Permission#CHANGE_SETTINGS}. */
    public void setKeepDaily(int keep, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.CHANGE_SETTINGS);
        if (keep < 1 || keep > 365) {
            throw new IllegalArgumentException("Keep between 1 and 365 daily backups (not " + keep + ").");
        }
        database.useTransaction(h -> {
            SettingsDao settings = h.attach(SettingsDao.class);
            String before = settings.find(KEEP_SETTING).orElse(Integer.toString(DEFAULT_KEEP));
            settings.put(KEEP_SETTING, Integer.toString(keep));
            AuditLog.record(h, actor, "UPDATE", "setting", KEEP_SETTING, "value=" + before, "value=" + keep);
        });
    }

    private static Optional<Integer> parsePositive(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 1 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path dataFile() {
        return database.file().orElseThrow(() -> new BackupException(unavailableReason().orElse(""), null));
    }

    /** The last backup's size, or half the database file: what the zip being written is measured against. */
    private long expectedSize() {
        List<Path> previous = backups();
        long size = previous.isEmpty() ? size(dataFile()) / 2 : size(previous.get(0));
        return Math.max(1, size);
    }

    /** Reads every entry of the zip, which checks each CRC; needs one {@code .mv.db} entry. */
    static void checkZip(Path zip, DoubleConsumer progress) throws IOException {
        long total = Math.max(1, Files.size(zip));
        boolean database = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream file = Files.newInputStream(zip); CountingStream counted = new CountingStream(file);
             ZipInputStream in = new ZipInputStream(counted)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                database |= entry.getName().endsWith(".mv.db");
                while (in.read(buffer) >= 0) {
                    progress.accept(Math.min(1, counted.count / (double) total));
                }
            }
        }
        if (!database) {
            throw new IOException("the backup holds no database file");
        }
        progress.accept(1);
    }

    private void removeLeftoverParts() {
        Path folder = backupFolder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + DatabaseBackup.PART_SUFFIX)) {
            parts.forEach(BackupService::deleteQuietly);
        } catch (IOException ignored) {
            // Left for the next start.
        }
    }

    private BackupException failed(Path zip, Exception e) {
        if (e instanceof BackupException b) {
            return b;
        }
        String why = String.valueOf(e.getMessage());
        boolean full = e instanceof org.srodesk.persistence.DatabaseWriteException w
                && w.reason() == org.srodesk.persistence.DatabaseWriteException.Reason.DISK_FULL;
        if (full || why.toLowerCase(java.util.Locale.ROOT).contains("no space left") || why.contains("not enough space")) {
            return new BackupException("The disk is full: the backup " + zip.getFileName()
                    + " was not written (nothing half-written is left). The database itself is unchanged.", e);
        }
        return new BackupException("The backup " + zip + " could not be written: " + firstLine(why)
                + ". The database itself is unchanged.", e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Counts the bytes read from the zip file, for progress. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
