package org.srodesk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseBackup;
import org.srodesk.persistence.FileEncryption;

/**
 * {@code --encrypt-db FROM TO} and {@code --decrypt-db FROM TO} (issue 11): copy a database file into
 * a new encrypted (or plain) file with {@link org.srodesk.persistence.DatabaseCopy}, print the row
 * counts of every table on both sides, and fail (exit 1) when any differ. FROM's data is not changed
 * (it is migrated to this build's schema, as any open does); a TO that could not be completed is
 * removed, with its key file.
 */
final class EncryptionCommands {

    private EncryptionCommands() {
    }

    static int encrypt(List<String> fromAndTo, Passphrases passphrases, PrintStream out, PrintStream err) {
        return copy(fromAndTo, true, passphrases, out, err);
    }

    static int decrypt(List<String> fromAndTo, Passphrases passphrases, PrintStream out, PrintStream err) {
        return copy(fromAndTo, false, passphrases, out, err);
    }

    private static int copy(List<String> fromAndTo, boolean encrypt, Passphrases passphrases, PrintStream out,
                            PrintStream err) {
        String option = encrypt ? "--encrypt-db" : "--decrypt-db";
        if (fromAndTo.stream().anyMatch(name -> name.startsWith("jdbc:"))) {
            err.println("sro-desk: " + option + " works on H2 database files; a PostgreSQL server encrypts its own "
                    + "disk (see the README, \"Encryption at rest\")");
            return Main.USAGE_ERROR;
        }
        Path from = Database.dataFileOf(Path.of(fromAndTo.get(0)));
        Path to = Database.dataFileOf(Path.of(fromAndTo.get(1)));
        if (!Files.exists(from)) {
            err.println("sro-desk: there is no database file " + from + " to copy");
            return Main.FAILED;
        }
        if (from.equals(to)) {
            err.println("sro-desk: " + option + " copies into a new file: FROM and TO must differ");
            return Main.USAGE_ERROR;
        }
        if (Files.exists(to) || Files.exists(FileEncryption.keyFileOf(to))) {
            err.println("sro-desk: " + (Files.exists(to) ? to : FileEncryption.keyFileOf(to))
                    + " already exists: " + option + " writes a new file");
            return Main.FAILED;
        }
        if (!encrypt && !FileEncryption.isEncrypted(from)) {
            err.println("sro-desk: " + from + " is not encrypted (it has no key file "
                    + FileEncryption.keyFileOf(from).getFileName() + " beside it)");
            return Main.FAILED;
        }
        long start = System.nanoTime();
        passphrases.unlockIfEncrypted(from);
        boolean complete = false;
        try {
            if (encrypt) {
                char[] passphrase = passphrases.newOne(to).orElseThrow(() -> new Passphrases.PassphraseProblem(
                        "The new encrypted database needs a passphrase: run in a terminal to type it, or give it "
                                + "with --passphrase-file."));
                try {
                    FileEncryption.encryptNew(to, passphrase);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            }
            int result;
            try (Database source = Database.openFile(from, Database.OpenMode.OPEN_OR_ASK);
                 Database target = Database.openFile(to, Database.OpenMode.OPEN_OR_CREATE)) {
                result = DatabaseCopyCommand.copyAndReport(source, target, start, out, err);
            }
            complete = result == Main.OK;
            if (complete) {
                out.println(encrypt
                        ? "Encrypted into " + to + "; its key file is " + FileEncryption.keyFileOf(to).getFileName()
                        + " (keep it beside it). The passphrase is not stored anywhere: without it the file cannot"
                        + " be opened. " + from + " is unchanged" + (FileEncryption.isEncrypted(from) ? "."
                        : " and NOT encrypted, as are its backups in " + DatabaseBackup.folderOf(from)
                        + ": once the new file opens, delete them.")
                        : "Decrypted into " + to + ": that file and its backups are NOT encrypted; anyone with the "
                        + "file can read it.");
            }
            return result;
        } catch (IllegalArgumentException | Passphrases.PassphraseProblem e) {
            err.println("sro-desk: " + e.getMessage());
            return Main.FAILED;
        } finally {
            if (!complete) {
                removeIncomplete(to, err);
            }
        }
    }

    /** Deletes what was made of TO (the database, its key file, lock and trace files). */
    private static void removeIncomplete(Path to, PrintStream err) {
        Path base = to.resolveSibling(DatabaseBackup.baseNameOf(to));
        for (Path file : List.of(to, FileEncryption.keyFileOf(to), Path.of(base + ".desk.lock"),
                Path.of(base + ".trace.db"))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                err.println("sro-desk: the incomplete file " + file + " could not be deleted: " + e.getMessage());
            }
        }
    }

    /** Unlocks the database file of {@code location} when it is an encrypted file (any other: nothing). */
    static void unlockIfEncryptedFile(String location, Passphrases passphrases) {
        if (!location.startsWith("jdbc:")) {
            passphrases.unlockIfEncrypted(Path.of(location));
        }
    }
}
