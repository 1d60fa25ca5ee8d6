package org.srodesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of an H2 database file (issue 11): the file is encrypted by H2 with AES
 * ({@code CIPHER=AES}) under a key made from a passphrase the user types at start.
 *
 * <h2>The key</h2>
 * PBKDF2-HMAC-SHA256 over the passphrase with a random 16-byte salt and {@value #DEFAULT_ITERATIONS}
 * iterations (OWASP's figure) gives a 256-bit master secret; HMAC-SHA256 of it under two fixed labels
 * gives the file key handed to H2 and a 16-byte check value. The salt, iteration count and check value
 * are kept in a small text file beside the database, {@code <base>.encryption} (the <em>key file</em>,
 * though it holds no key): nothing in it is secret, but without it the passphrase cannot open the
 * database, so every backup carries a copy. The check value tells a wrong passphrase from a damaged
 * file before H2 touches the database; guessing the passphrase from it costs an attacker the same
 * PBKDF2 work per guess as trying the file itself.
 *
 * <h2>Unlocked keys</h2>
 * {@link #unlock} keeps the derived file key (never the passphrase) in memory for the rest of the
 * process, under the key file's salt: the open database needs it for every new connection of its pool,
 * and a backup of the same database (same key file) restores without asking again.
 * {@link Database#openFile} finds it there. Passphrase arrays given here are never kept; callers clear
 * theirs.
 */
public final class FileEncryption {

    /** PBKDF2-HMAC-SHA256 iterations for a new encrypted database (OWASP Password Storage Cheat Sheet, 2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The shortest passphrase accepted for a new encrypted database (as for account passwords). */
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    /** The suffix of the key file beside {@code <base>.mv.db}. */
    public static final String SUFFIX = ".encryption";

    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int FORMAT = 1;
    private static final int SALT_BYTES = 16;
    private static final int CHECK_BYTES = 16;
    private static final int MAX_ITERATIONS = 100_000_000;
    /** What H2 writes at the start of a file it encrypts ({@code org.h2.store.fs.encrypt.FileEncrypt}). */
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FILE_KEY_LABEL = "SRO Desk H2 file key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_LABEL = "SRO Desk passphrase check v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Derived file keys, as H2 passwords, by {@link KeyDerivation#identity()}. */
    private static final Map<String, char[]> UNLOCKED = new ConcurrentHashMap<>();

    /**
     * What a key file says: how the key of its database is made from the passphrase. Nothing secret.
     *
     * @param iterations PBKDF2 iterations
     * @param salt       16 random bytes
     * @param check      the first 16 bytes of HMAC-SHA256(master, "SRO Desk passphrase check v1")
     */
    public record KeyDerivation(int iterations, byte[] salt, byte[] check) {
        public KeyDerivation {
            salt = salt.clone();
            check = check.clone();
        }

        /** Identifies the derivation (and so the key) among those unlocked in this process. */
        String identity() {
            return iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(check);
        }

        /** The text of the key file. */
        public String text() {
            return "# SRO Desk database encryption (README: \"Encryption at rest\").\n"
                    + "# How the key of the database file beside this one is made from its passphrase.\n"
                    + "# Nothing here is secret, but without this file the passphrase cannot open the\n"
                    + "# database: keep it beside the database. Every backup holds a copy.\n"
                    + "format=" + FORMAT + "\n"
                    + "cipher=AES\n"
                    + "kdf=" + KDF + "\n"
                    + "iterations=" + iterations + "\n"
                    + "salt=" + Base64.getEncoder().encodeToString(salt) + "\n"
                    + "check=" + Base64.getEncoder().encodeToString(check) + "\n";
        }

        /**
         * Reads a key file's text.
         *
         * @throws IllegalArgumentException naming what is wrong with it
         */
        public static KeyDerivation parse(String text) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("it is not a readable list of settings", e);
            }
            if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
                throw new IllegalArgumentException("its format \"" + p.getProperty("format")
                        + "\" is not one this SRO Desk knows (" + FORMAT + ")");
            }
            if (!"AES".equals(p.getProperty("cipher")) || !KDF.equals(p.getProperty("kdf"))) {
                throw new IllegalArgumentException("it names cipher \"" + p.getProperty("cipher") + "\" and kdf \""
                        + p.getProperty("kdf") + "\"; SRO Desk uses AES and " + KDF);
            }
            int iterations;
            try {
                iterations = Integer.parseInt(String.valueOf(p.getProperty("iterations")).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("its iterations \"" + p.getProperty("iterations")
                        + "\" is not a number", e);
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("its iterations " + iterations + " is out of range");
            }
            return new KeyDerivation(iterations, bytes(p, "salt", SALT_BYTES), bytes(p, "check", CHECK_BYTES));
        }

        private static byte[] bytes(Properties p, String name, int length) {
            String value = p.getProperty(name);
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(String.valueOf(value).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("its " + name + " is not Base64", e);
            }
            if (value == null || decoded.length != length) {
                throw new IllegalArgumentException("its " + name + " is not " + length + " bytes long");
            }
            return decoded;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyDerivation other && identity().equals(other.identity());
        }

        @Override
        public int hashCode() {
            return identity().hashCode();
        }

        @Override
        public String toString() {
            return "KeyDerivation[" + KDF + ", " + iterations + " iterations]";
        }
    }

    /** The passphrase given does not open the database: its check value differs. Nothing was changed. */
    public static final class WrongPassphraseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongPassphraseException(String message) {
            super(message);
        }
    }

    private FileEncryption() {
    }

    /** The key file of a database named by its {@code .mv.db} file or its base name: {@code <base>.encryption}. */
    public static Path keyFileOf(Path file) {
        Path base = Database.baseName(file.toAbsolutePath());
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /** True when the database at {@code file} is encrypted (it has a key file), existing yet or not. */
    public static boolean isEncrypted(Path file) {
        return Files.exists(keyFileOf(file));
    }

    /** True when the database at {@code file} is encrypted and its passphrase has not been given yet. */
    public static boolean needsPassphrase(Path file) {
        return read(file).map(d -> !isUnlocked(d)).orElse(false);
    }

    /** True when the key of {@code derivation} was unlocked in this process. */
    public static boolean isUnlocked(KeyDerivation derivation) {
        return UNLOCKED.containsKey(derivation.identity());
    }

    /**
     * The key file of the database at {@code file}, or empty when it is not encrypted.
     *
     * @throws DatabaseOpenException ({@link DatabaseOpenException.Problem#ENCRYPTED}) when it cannot be read
     */
    public static Optional<KeyDerivation> read(Path file) {
        Path keyFile = keyFileOf(file);
        if (!Files.exists(keyFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyDerivation.parse(Files.readString(keyFile, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.ENCRYPTED,
                    "The file " + keyFile + " says how the key of the encrypted database " + Database.dataFileOf(file)
                            + " is made from its passphrase, but it cannot be used: " + e.getMessage()
                            + ". Put back the copy from a backup of that database (every backup holds one).", e);
        }
    }

    /**
     * Checks {@code passphrase} against the key file of {@code file} and keeps the derived key for
     * this process (see the class comment). Slow on purpose (PBKDF2): never on the JavaFX thread.
     *
     * @throws WrongPassphraseException when it is not the passphrase of that database
     * @throws IllegalStateException    when the database is not encrypted
     */
    public static void unlock(Path file, char[] passphrase) {
        KeyDerivation derivation = read(file).orElseThrow(() -> new IllegalStateException(
                "The database " + Database.dataFileOf(file) + " is not encrypted."));
        unlock(derivation, passphrase, "The passphrase does not open " + Database.dataFileOf(file) + ".");
    }

    /** {@link #unlock(Path, char[])} for a key file read elsewhere (a backup's). */
    public static void unlock(KeyDerivation derivation, char[] passphrase, String wrongMessage) {
        if (isUnlocked(derivation)) {
            return;
        }
        Derived derived = derive(passphrase, derivation.salt(), derivation.iterations());
        try {
            if (!MessageDigest.isEqual(derived.check, derivation.check())) {
                throw new WrongPassphraseException(wrongMessage);
            }
            UNLOCKED.putIfAbsent(derivation.identity(), derived.h2Password.clone());
        } finally {
            derived.clear();
        }
    }

    /**
     * Makes the database at {@code file} — which must not exist yet — an encrypted one: writes its key
     * file for {@code passphrase} with a fresh salt and unlocks it, so that the next
     * {@link Database#openFile} creates it encrypted.
     *
     * @throws IllegalArgumentException when the passphrase is shorter than {@value #MIN_PASSPHRASE_LENGTH}
     *                                  characters, or the database or its key file already exist
     * @throws java.io.UncheckedIOException when the key file cannot be written
     */
    public static KeyDerivation encryptNew(Path file, char[] passphrase) {
        return encryptNew(file, passphrase, DEFAULT_ITERATIONS);
    }

    /** {@link #encryptNew(Path, char[])} with another iteration count (tests: fewer, to run fast). */
    public static KeyDerivation encryptNew(Path file, char[] passphrase, int iterations) {
        Objects.requireNonNull(passphrase, "passphrase");
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("The passphrase must have at least " + MIN_PASSPHRASE_LENGTH
                    + " characters (it has " + passphrase.length + "); a few unrelated words make a good one.");
        }
        Path dataFile = Database.dataFileOf(file);
        Path keyFile = keyFileOf(file);
        if (Files.exists(dataFile)) {
            throw new IllegalArgumentException("The database " + dataFile + " already exists: an encrypted one is "
                    + "made as a new file (copy into it with --encrypt-db).");
        }
        if (Files.exists(keyFile)) {
            throw new IllegalArgumentException("The key file " + keyFile + " already exists: it belongs to another "
                    + "encrypted database. Move it away or choose another name.");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Derived derived = derive(passphrase, salt, iterations);
        try {
            KeyDerivation derivation = new KeyDerivation(iterations, salt, derived.check);
            writeKeyFile(keyFile, derivation);
            UNLOCKED.putIfAbsent(derivation.identity(), derived.h2Password.clone());
            return derivation;
        } finally {
            derived.clear();
        }
    }

    /** Writes {@code derivation} as the key file {@code keyFile}, all at once (a partial file never remains). */
    public static void writeKeyFile(Path keyFile, KeyDerivation derivation) {
        try {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Path part = keyFile.resolveSibling(keyFile.getFileName() + ".part");
            Files.writeString(part, derivation.text(), StandardCharsets.UTF_8);
            Files.move(part, keyFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The key file " + keyFile + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    /** Forgets every unlocked key (tests; a process that wants to lock its databases again). */
    public static void forgetAll() {
        UNLOCKED.values().forEach(password -> Arrays.fill(password, '\0'));
        UNLOCKED.clear();
    }

    /** True when the file starts the way H2 starts every file it encrypts. */
    public static boolean looksEncrypted(Path dataFile) {
        try (InputStream in = Files.newInputStream(dataFile)) {
            return Arrays.equals(in.readNBytes(H2_ENCRYPTED_HEADER.length), H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The H2 password ({@code "<file key> <user password>"}, the user password empty) for the database
     * at {@code base}, a fresh copy the caller clears; empty for a plain file.
     *
     * @throws DatabaseOpenException ({@link DatabaseOpenException.Problem#ENCRYPTED}) when the file is
     *                               encrypted and cannot be opened: passphrase not given, key file
     *                               missing or not matching the file
     */
    static Optional<char[]> h2PasswordFor(Path base, Path dataFile, boolean existed) {
        Optional<KeyDerivation> derivation = read(base);
        boolean encryptedFile = existed && looksEncrypted(dataFile);
        if (derivation.isEmpty()) {
            if (encryptedFile) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.ENCRYPTED,
                        "The database file " + dataFile + " is encrypted, but its key file " + keyFileOf(base)
                                + " is missing, so no passphrase can open it. Put that file back beside the "
                                + "database (every backup of it holds a copy), or restore a backup.", null);
            }
            return Optional.empty();
        }
        if (existed && !encryptedFile) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.ENCRYPTED,
                    "The key file " + keyFileOf(base) + " says the database " + dataFile + " is encrypted, but that "
                            + "file is not. If it is meant to be a plain file, move the key file away.", null);
        }
        char[] password = UNLOCKED.get(derivation.get().identity());
        if (password == null) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.ENCRYPTED,
                    "The database " + dataFile + " is encrypted: SRO Desk needs its passphrase to open it.", null);
        }
        return Optional.of(password.clone());
    }

    /** The master secret's two products; {@link #clear} overwrites them. */
    private static final class Derived {
        final char[] h2Password;
        final byte[] check;

        Derived(char[] h2Password, byte[] check) {
            this.h2Password = h2Password;
            this.check = check;
        }

        void clear() {
            Arrays.fill(h2Password, '\0');
        }
    }

    private static Derived derive(char[] passphrase, byte[] salt, int iterations) {
        if (passphrase.length == 0) {
            throw new WrongPassphraseException("An empty passphrase opens no database.");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] master = null;
        byte[] fileKey = null;
        try {
            master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            fileKey = mac.doFinal(FILE_KEY_LABEL);
            byte[] check = Arrays.copyOf(mac.doFinal(CHECK_LABEL), CHECK_BYTES);
            // H2 takes "<file password> <user password>"; the user password stays empty.
            char[] h2Password = new char[fileKey.length * 2 + 1];
            for (int i = 0; i < fileKey.length; i++) {
                h2Password[2 * i] = Character.forDigit((fileKey[i] >> 4) & 0xF, 16);
                h2Password[2 * i + 1] = Character.forDigit(fileKey[i] & 0xF, 16);
            }
            h2Password[h2Password.length - 1] = ' ';
            return new Derived(h2Password, check);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot derive keys (" + KDF + "): " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
            if (fileKey != null) {
                Arrays.fill(fileKey, (byte) 0);
            }
        }
    }
}
