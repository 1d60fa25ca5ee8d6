package org.srodesk.app;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.persistence.FileEncryption;

/**
 * Where the command line gets the passphrases of encrypted database files (issue 11): typed on the
 * console without echo (a new one twice), or read from {@code --passphrase-file}, one a line, in the
 * order they are needed. Arrays handed out are the caller's to clear; nothing is kept.
 */
abstract class Passphrases {

    /** A passphrase could not be had: file unreadable or too short, two typed passphrases differ. */
    static final class PassphraseProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PassphraseProblem(String message) {
            super(message);
        }
    }

    /** How many times the console asks for an existing passphrase before giving up. */
    static final int CONSOLE_TRIES = 3;

    /** The passphrase of the encrypted database {@code file}; empty when there is nobody to ask. */
    abstract Optional<char[]> existing(Path file);

    /**
     * A new passphrase for {@code file}: on the console typed twice, the same both times.
     *
     * @throws PassphraseProblem when the two differ
     */
    abstract Optional<char[]> newOne(Path file);

    /** How many wrong answers to allow before giving up. */
    abstract int tries();

    /** {@code --passphrase-file} when given, else the console. */
    static Passphrases of(Optional<Path> passphraseFile) {
        return passphraseFile.<Passphrases>map(FromFile::new).orElseGet(FromConsole::new);
    }

    /**
     * Unlocks the database at {@code file} when it is encrypted and not unlocked yet, asking for its
     * passphrase (see {@link FileEncryption#unlock}).
     *
     * @throws DatabaseOpenException when no passphrase can be had, or none given opens it
     */
    void unlockIfEncrypted(Path file) {
        if (!FileEncryption.needsPassphrase(file)) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            char[] passphrase = existing(file).orElseThrow(() -> new DatabaseOpenException(
                    DatabaseOpenException.Problem.ENCRYPTED, "The database " + Database.dataFileOf(file)
                    + " is encrypted: run in a terminal to type its passphrase, or give it with --passphrase-file.",
                    null));
            try {
                FileEncryption.unlock(file, passphrase);
                return;
            } catch (FileEncryption.WrongPassphraseException wrong) {
                if (attempt >= tries()) {
                    throw new DatabaseOpenException(DatabaseOpenException.Problem.ENCRYPTED, wrong.getMessage()
                            + " It was not changed.", wrong);
                }
                System.err.println(wrong.getMessage());
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Asks on the terminal, without echo. */
    static final class FromConsole extends Passphrases {
        @Override
        Optional<char[]> existing(Path file) {
            Console console = System.console();
            return console == null ? Optional.empty()
                    : Optional.ofNullable(console.readPassword("Passphrase of %s: ", Database.dataFileOf(file)));
        }

        @Override
        Optional<char[]> newOne(Path file) {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            console.printf("The new encrypted database %s needs a passphrase of at least %d characters.%n"
                    + "Without it the file cannot be opened by anyone, you included: keep it with the unit's "
                    + "records.%n", Database.dataFileOf(file), FileEncryption.MIN_PASSPHRASE_LENGTH);
            char[] first = console.readPassword("New passphrase: ");
            char[] second = console.readPassword("The same again: ");
            if (first == null || second == null) {
                return Optional.empty();
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new PassphraseProblem("The two passphrases typed differ; nothing was written.");
            }
            return Optional.of(first);
        }

        @Override
        int tries() {
            return CONSOLE_TRIES;
        }
    }

    /** Reads the lines of a file in turn (the line ends are not part of the passphrase). */
    static final class FromFile extends Passphrases {
        private final Path file;
        private List<char[]> lines;
        private int next;

        FromFile(Path file) {
            this.file = file;
        }

        @Override
        Optional<char[]> existing(Path database) {
            return nextLine();
        }

        @Override
        Optional<char[]> newOne(Path database) {
            return nextLine();
        }

        @Override
        int tries() {
            return 1;
        }

        private Optional<char[]> nextLine() {
            if (lines == null) {
                lines = read(file);
            }
            if (next >= lines.size()) {
                throw new PassphraseProblem("The passphrase file " + file + " has " + lines.size()
                        + " line(s); line " + (next + 1) + " is needed.");
            }
            char[] line = lines.get(next);
            lines.set(next++, new char[0]);
            return Optional.of(line);
        }

        private static List<char[]> read(Path file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new PassphraseProblem("The passphrase file " + file + " cannot be read: " + e.getMessage());
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            Arrays.fill(bytes, (byte) 0);
            List<char[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= chars.limit(); i++) {
                if (i == chars.limit() || chars.get(i) == '\n') {
                    int end = i > start && chars.get(i - 1) == '\r' ? i - 1 : i;
                    if (i < chars.limit() || end > start) {
                        char[] line = new char[end - start];
                        for (int j = start; j < end; j++) {
                            line[j - start] = chars.get(j);
                        }
                        lines.add(line);
                    }
                    start = i + 1;
                }
            }
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return lines;
        }
    }
}
