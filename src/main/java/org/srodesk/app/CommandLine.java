package org.srodesk.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsed command line. At most one headless action (import, export, generate, self-check,
 * version, help); without one the desktop window opens.
 */
record CommandLine(
        Optional<Path> database,
        Optional<String> demoTier,
        Action action,
        Optional<Path> folder,
        Optional<String> reviewYear,
        Optional<Path> out) {

    enum Action { OPEN_WINDOW, IMPORT, EXPORT, GENERATE_DEMO, SELF_CHECK, VERSION, HELP, EXPORT_REVIEW }

    CommandLine(Optional<Path> database, Optional<String> demoTier, Action action, Optional<Path> folder) {
        this(database, demoTier, action, folder, Optional.empty(), Optional.empty());
    }

    static final String USAGE = """
            Usage: sro-desk [options]
              --db PATH             the database file (default: %s)
              --demo TIER           use the demo district TIER (small, medium, large, xl) in its own file,
                                    generating it the first time
              --import DIR          import the CSV files found in DIR into the database, print a summary, exit
              --export DIR          write the reference data as CSV files into DIR, exit
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
        String reviewYear = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> database = Path.of(value(args, ++i, arg));
                case "--demo" -> demo = value(args, ++i, arg);
                case "--import" -> {
                    action = single(action, Action.IMPORT, arg);
                    folder = Path.of(value(args, ++i, arg));
                }
                case "--export" -> {
                    action = single(action, Action.EXPORT, arg);
                    folder = Path.of(value(args, ++i, arg));
                }
                case "--generate-demo" -> {
                    action = single(action, Action.GENERATE_DEMO, arg);
                    demo = value(args, ++i, arg);
                }
                case "--export-review" -> {
                    action = single(action, Action.EXPORT_REVIEW, arg);
                    reviewYear = value(args, ++i, arg);
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--self-check" -> action = single(action, Action.SELF_CHECK, arg);
                case "--version", "-v" -> action = single(action, Action.VERSION, arg);
                case "--help", "-h" -> action = single(action, Action.HELP, arg);
                default -> throw new IllegalArgumentException("Unknown option \"" + arg + "\" (try --help)");
            }
        }
        if (action == Action.EXPORT_REVIEW && out == null) {
            throw new IllegalArgumentException("Option --export-review needs --out FILE");
        }
        if (out != null && action != Action.EXPORT_REVIEW) {
            throw new IllegalArgumentException("Option --out goes with --export-review");
        }
        return new CommandLine(Optional.ofNullable(database), Optional.ofNullable(demo), action,
                Optional.ofNullable(folder), Optional.ofNullable(reviewYear), Optional.ofNullable(out));
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
