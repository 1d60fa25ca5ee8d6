package org.srodesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backup files of an embedded database: where they live ({@code backups/} beside the database,
 * named {@code <base>-<date…>.zip}), how one is written while the database is open (H2's
 * {@code BACKUP TO}, which copies a consistent state of the file while others keep working) and how
 * one is unpacked for a restore.
 */
public final class DatabaseBackup {

    /** Suffix of a backup being written; renamed to {@code .zip} only once complete and checked. */
    public static final String PART_SUFFIX = ".part";

    private DatabaseBackup() {
    }

    /** The folder of the backups of {@code dataFile}: {@code backups/} beside it. */
    public static Path folderOf(Path dataFile) {
        return Database.dataFileOf(dataFile).resolveSibling("backups");
    }

    /** "srodesk" for "…/srodesk.mv.db": the start of every backup name of that database. */
    public static String baseNameOf(Path dataFile) {
        return Database.baseName(Database.dataFileOf(dataFile)).getFileName().toString();
    }

    /** The complete backups of {@code dataFile}, newest first (by time written). */
    public static List<Path> backupsOf(Path dataFile) {
        Path folder = folderOf(dataFile);
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        String prefix = baseNameOf(dataFile) + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*.zip")) {
            files.forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(DatabaseBackup::modified).thenComparing(Path::toString).reversed());
        return found;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Writes a consistent copy of the open {@code database} into the zip file {@code zip} (replaced
     * if present). Blocks until done; the database stays usable meanwhile.
     */
    public static void write(Database database, Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        database.withHandle(h -> h.execute("BACKUP TO '" + target + "'"));
    }

    /**
     * Unpacks the database file of backup {@code zip} into {@code folder} as {@code restored.mv.db}.
     * Only the name of the entry is used: entries cannot write outside {@code folder}.
     *
     * @throws IOException when the zip cannot be read or holds no {@code .mv.db} file
     */
    public static Path extract(Path zip, Path folder) throws IOException {
        Path target = folder.resolve("restored.mv.db");
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                    if (found) {
                        throw new IOException("it holds more than one database file");
                    }
                    copy(in, target);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IOException("it holds no SRO Desk database file (.mv.db)");
        }
        return target;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
