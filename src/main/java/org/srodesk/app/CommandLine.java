package org.srodesk.app;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line. At most one headless action (import, export, roster export, generate,
 * self-check, version, help); without one the desktop window opens.
 */
record CommandLine(
        Optional<Path> database,
        Optional<String> demoTier,
        Action action,
        Optional<Path> folder,
        Optional<YearMonth> month,
        List<String> schools,
        boolean combined,
        Optional<String> reviewYear,
        Optional<Path> reviewFile,
        ServerOptions server,
        EncryptionOptions encryption) {

    enum Action { OPEN_WINDOW, IMPORT, EXPORT, EXPORT_ROSTERS, GENERATE_DEMO, SELF_CHECK, VERSION, HELP, EXPORT_REVIEW,
        COPY_DB, ENCRYPT_DB, DECRYPT_DB }

    CommandLine(Optional<Path> database, Optional<String> demoTier, Action action, Optional<Path> folder,
                Optional<YearMonth> month, List<String> schools, boolean combined) {
        this(database, demoTier, action, folder, month, schools, combined, Optional.empty(), Optional.empty(),
                ServerOptions.NONE, EncryptionOptions.NONE);
    }

    CommandLine(Optional<Path> database, Optional<String> demoTier, Action action, Optional<Path> folder,
                Optional<YearMonth> month, List<String> schools, boolean combined, Optional<String> reviewYear,
                Optional<Path> reviewFile, ServerOptions server) {
        this(database, demoTier, action, folder, month, schools, combined, reviewYear, reviewFile, server,
                EncryptionOptions.NONE);
    }

    /**
     * Encryption at rest (issue 11): the two files of {@code --encrypt-db FROM TO} or
     * {@code --decrypt-db FROM TO}, and {@code --passphrase-file} (passphrases one a line, for scripts;
     * without it they are asked on the console).
     */
    record EncryptionOptions(Optional<Path> passphraseFile, List<String> fromAndTo) {
        static final EncryptionOptions NONE = new EncryptionOptions(Optional.empty(), List.of());
    }

    /**
     * The PostgreSQL options (issue 13): {@code --db jdbc:postgresql://…} (kept as text: a URL is no
     * path), {@code --db-user}, and the two databases of {@code --copy-db FROM TO}.
     */
    record ServerOptions(Optional<String> url, Optional<String> user, List<String> copy) {
        static final ServerOptions NONE = new ServerOptions(Optional.empty(), Optional.empty(), List.of());
    }

    static final String USAGE = """
            Usage: sro-desk [options]
              --db PATH             the database file (default: %s)
              --db jdbc:postgresql://HOST:5432/DATABASE
                                    a database on a PostgreSQL server shared by several desks; the password
                                    comes from PGPASSWORD or ~/.pgpass, else it is asked for (never stored)
              --db-user USER        the server login (default: the URL's user, PGUSER, or your user name)
              --copy-db FROM TO     copy every table of FROM (a file or a jdbc:postgresql: URL) into the empty
                                    database TO in one transaction, compare the row counts, exit 1 if any differ
              --encrypt-db FROM TO  copy the database file FROM into a new encrypted file TO (AES, with a key made
                                    from a passphrase asked twice), compare the row counts, exit 1 if any differ;
                                    FROM stays as it was. FROM may be encrypted itself: a new passphrase for TO
              --decrypt-db FROM TO  copy the encrypted file FROM into a new plain (unencrypted) file TO
              --passphrase-file F   read passphrases from F, one a line (the first line the one of an encrypted
                                    FROM or --db, the next the new one), instead of asking on the console;
                                    for scripts: the file holds the passphrase in clear, delete it after use
              --demo TIER           use the demo district TIER (small, medium, large, xl) in its own file,
                                    generating it the first time
              --import DIR          import the CSV files found in DIR into the database, print a summary, exit
              --export DIR          write the reference data as CSV files into DIR, exit
              --export-rosters YYYY-MM
                                    write the principals' roster PDFs of month YYYY-MM into --out DIR,
                                    one <school-code>_<yyyy-mm>.pdf per school, print a summary, exit
                --out DIR           the folder for --export-rosters (created if missing)
                --school CODE       only this school (repeatable; default: every school)
                --combined          also write all-schools_<yyyy-mm>.pdf, every page in one file
              --generate-demo TIER  generate the demo district TIER into its file (or --db PATH), exit
              --self-check          open and migrate the database, print what it holds, exit
              --export-review YEAR --out FILE
                                    write the annual SRO program review of school year YEAR (e.g. 2025-26)
                                    as a PDF to FILE, exit
              --version             print the version, exit
              --help                print this text, exit
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message naming the bad argument. */
    static CommandLine parse(String... args) {
        Path database = null;
        String demo = null;
        Action action = Action.OPEN_WINDOW;
        Path folder = null;
        YearMonth month = null;
        Path out = null;
        List<String> schools = new ArrayList<>();
        boolean combined = false;
        String reviewYear = null;
        String serverUrl = null;
        String serverUser = null;
        List<String> copy = List.of();
        Path passphraseFile = null;
        List<String> encryptOrDecrypt = List.of();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> {
                    String where = value(args, ++i, arg);
                    if (where.startsWith("jdbc:")) {
                        serverUrl = where;
                    } else {
                        database = Path.of(where);
                    }
                }
                case "--db-user" -> serverUser = value(args, ++i, arg);
                case "--copy-db" -> {
                    action = single(action, Action.COPY_DB, arg);
                    copy = List.of(value(args, ++i, arg), value(args, ++i, arg));
                }
                case "--encrypt-db", "--decrypt-db" -> {
                    action = single(action, arg.equals("--encrypt-db") ? Action.ENCRYPT_DB : Action.DECRYPT_DB, arg);
                    encryptOrDecrypt = List.of(value(args, ++i, arg), value(args, ++i, arg));
                }
                case "--passphrase-file" -> passphraseFile = Path.of(value(args, ++i, arg));
                case "--demo" -> demo = value(args, ++i, arg);
                case "--import" -> {
                    action = single(action, Action.IMPORT, arg);
                    folder = Path.of(value(args, ++i, arg));
                }
                case "--export" -> {
                    action = single(action, Action.EXPORT, arg);
                    folder = Path.of(value(args, ++i, arg));
                }
                case "--export-rosters" -> {
                    action = single(action, Action.EXPORT_ROSTERS, arg);
                    month = month(value(args, ++i, arg));
                }
                case "--export-review" -> {
                    action = single(action, Action.EXPORT_REVIEW, arg);
                    reviewYear = value(args, ++i, arg);
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--school" -> schools.add(value(args, ++i, arg));
                case "--combined" -> combined = true;
                case "--generate-demo" -> {
                    action = single(action, Action.GENERATE_DEMO, arg);
                    demo = value(args, ++i, arg);
                }
                case "--self-check" -> action = single(action, Action.SELF_CHECK, arg);
                case "--version", "-v" -> action = single(action, Action.VERSION, arg);
                case "--help", "-h" -> action = single(action, Action.HELP, arg);
                default -> throw new IllegalArgumentException("Unknown option \"" + arg + "\" (try --help)");
            }
        }
        if (action == Action.EXPORT_REVIEW) {
            if (out == null) {
                throw new IllegalArgumentException("Option --export-review needs --out FILE, the PDF to write");
            }
            if (!schools.isEmpty() || combined) {
                throw new IllegalArgumentException("Options --school and --combined go with --export-rosters");
            }
            return new CommandLine(Optional.ofNullable(database), Optional.ofNullable(demo), action, Optional.empty(),
                    Optional.empty(), List.of(), false, Optional.of(reviewYear), Optional.of(out),
                    new ServerOptions(Optional.ofNullable(serverUrl), Optional.ofNullable(serverUser), copy),
                    new EncryptionOptions(Optional.ofNullable(passphraseFile), encryptOrDecrypt));
        }
        if (action == Action.EXPORT_ROSTERS) {
            if (out == null) {
                throw new IllegalArgumentException("Option --export-rosters needs --out DIR, the folder for the PDFs");
            }
            folder = out;
        } else if (out != null || !schools.isEmpty() || combined) {
            throw new IllegalArgumentException("Options --out, --school and --combined go with --export-rosters"
                    + " (--out also with --export-review)");
        }
        return new CommandLine(Optional.ofNullable(database), Optional.ofNullable(demo), action,
                Optional.ofNullable(folder), Optional.ofNullable(month), List.copyOf(schools), combined,
                Optional.empty(), Optional.empty(), new ServerOptions(Optional.ofNullable(serverUrl), Optional.ofNullable(serverUser), copy),
                new EncryptionOptions(Optional.ofNullable(passphraseFile), encryptOrDecrypt));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Bad month \"" + text + "\": write it as YYYY-MM, e.g. 2026-11");
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return args[index];
    }

    private static Action single(Action current, Action next, String option) {
        if (current != Action.OPEN_WINDOW) {
            throw new IllegalArgumentException("Option " + option + " cannot be combined with another action");
        }
        return next;
    }
}
