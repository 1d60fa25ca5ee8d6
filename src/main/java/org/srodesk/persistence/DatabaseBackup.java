package org.srodesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
     * if present). Blocks until done; the database stays usable meanwhile. The copy of an encrypted
     * database stays encrypted (H2 copies the file's encrypted pages) and the zip also holds its key
     * file ({@link FileEncryption}), without which the passphrase could not open it.
     */
    public static void write(Database database, Path zip) {
        if (!database.isEncrypted()) {
            backupTo(database, zip);
            return;
        }
        Path dataFile = database.file().orElseThrow();
        Path h2Zip = zip.resolveSibling(zip.getFileName() + "-h2" + PART_SUFFIX);
        try {
            backupTo(database, h2Zip);
            byte[] keyFile = Files.readAllBytes(FileEncryption.keyFileOf(dataFile));
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                // The pages are encrypted, so compressing them again would gain nothing.
                out.setLevel(Deflater.NO_COMPRESSION);
                out.putNextEntry(new ZipEntry(baseNameOf(dataFile) + FileEncryption.SUFFIX));
                out.write(keyFile);
                out.closeEntry();
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + zip + " could not be written: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(h2Zip);
            } catch (IOException ignored) {
                // a leftover ".part" is removed with the others at the next daily backup
            }
        }
    }

    private static void backupTo(Database database, Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        database.withHandle(h -> h.execute("BACKUP TO '" + target + "'"));
    }

    /**
     * Unpacks the database file of backup {@code zip} into {@code folder} as {@code restored.mv.db},
     * and the key file of an encrypted one beside it ({@code restored.encryption}). Only the names of
     * the entries are used: entries cannot write outside {@code folder}.
     *
     * @throws IOException when the zip cannot be read or holds no {@code .mv.db} file
     */
    public static Path extract(Path zip, Path folder) throws IOException {
        Path target = folder.resolve("restored.mv.db");
        boolean found = false;
        boolean keyFound = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                    if (found) {
                        throw new IOException("it holds more than one database file");
                    }
                    copy(in, target);
                    found = true;
                } else if (!entry.isDirectory() && entry.getName().endsWith(FileEncryption.SUFFIX)) {
                    if (keyFound) {
                        throw new IOException("it holds more than one key file");
                    }
                    copy(in, FileEncryption.keyFileOf(target));
                    keyFound = true;
                }
            }
        }
        if (!found) {
            throw new IOException("it holds no SRO Desk database file (.mv.db)");
        }
        return target;
    }

    /**
     * What the key file in backup {@code zip} says, or empty when the backup is not encrypted.
     *
     * @throws IOException when the zip cannot be read or its key file is damaged
     */
    public static Optional<FileEncryption.KeyDerivation> keyDerivationIn(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(FileEncryption.SUFFIX)) {
                    try {
                        return Optional.of(FileEncryption.KeyDerivation.parse(
                                new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8)));
                    } catch (IllegalArgumentException e) {
                        throw new IOException("its key file " + entry.getName() + " is damaged: " + e.getMessage(), e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
