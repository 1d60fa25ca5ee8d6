package org.srodesk.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.ExportService;
import org.srodesk.service.ImportException;
import org.srodesk.service.ImportService;
import org.srodesk.service.ImportSummary;
import org.srodesk.service.RosterExportException;
import org.srodesk.service.RosterExportProgress;
import org.srodesk.service.RosterExportResult;
import org.srodesk.service.RosterPdfService;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/**
 * Command-line entry point: parses the arguments, runs a headless action (import, export, demo
 * generation, self-check) or opens the desktop window. Not a JavaFX {@code Application} itself,
 * so the app also starts from a plain class path and from the installer's launcher.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK || isHeadless(args)) {
            System.exit(code);
        }
    }

    private static boolean isHeadless(String[] args) {
        try {
            return CommandLine.parse(args).action() != CommandLine.Action.OPEN_WINDOW;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Runs the command line; returns the process exit code. Opens the window when no action is given. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
            command.demoTier().ifPresent(DemoTier::parse);
        } catch (IllegalArgumentException e) {
            err.println("sro-desk: " + e.getMessage());
            return USAGE_ERROR;
        }
        Path databaseFile = command.database()
                .or(() -> command.demoTier().map(tier -> DataDirectory.demoDatabase(DemoTier.parse(tier).id())))
                .orElseGet(DataDirectory::defaultDatabase);
        DatabaseLocation location;
        try {
            location = command.server().url()
                    .map(url -> DatabaseLocation.parse(url, command.server().user().orElse(null)))
                    .orElseGet(() -> new DatabaseLocation.EmbeddedFile(databaseFile));
        } catch (IllegalArgumentException e) {
            err.println("sro-desk: " + e.getMessage());
            return USAGE_ERROR;
        }
        Passphrases passphrases = Passphrases.of(command.encryption().passphraseFile());
        try {
            unlockForAction(command, location, passphrases);
            return switch (command.action()) {
                case VERSION -> {
                    out.println("SRO Desk " + AppVersion.current());
                    yield OK;
                }
                case HELP -> {
                    out.printf(CommandLine.USAGE, DataDirectory.defaultDatabase());
                    yield OK;
                }
                case SELF_CHECK -> selfCheck(location, out);
                case IMPORT -> importFolder(location, command.folder().orElseThrow(), out, err);
                case EXPORT -> exportFolder(location, command.folder().orElseThrow(), out);
                case EXPORT_ROSTERS -> exportRosters(location, command, out, err);
                case EXPORT_REVIEW -> ReviewExport.run(databaseFile, command.reviewYear().orElseThrow(),
                        command.reviewFile().orElseThrow(), out, err);
                case GENERATE_DEMO -> generateDemo(location, DemoTier.parse(command.demoTier().orElseThrow()), out, err);
                case ENCRYPT_DB -> EncryptionCommands.encrypt(command.encryption().fromAndTo(), passphrases, out, err);
                case DECRYPT_DB -> EncryptionCommands.decrypt(command.encryption().fromAndTo(), passphrases, out, err);
                case COPY_DB -> DatabaseCopyCommand.run(command.server().copy(), command.server().user().orElse(null),
                        out, err);
                case OPEN_WINDOW -> {
                    if (location instanceof DatabaseLocation.Server server) {
                        SroDeskApp.launch(server);
                        yield OK;
                    }
                    if (command.demoTier().isPresent() && !Files.exists(databaseFile)) {
                        int generated = generateDemo(location, DemoTier.parse(command.demoTier().get()), out, err);
                        if (generated != OK) {
                            yield generated;
                        }
                    }
                    SroDeskApp.launch(databaseFile);
                    yield OK;
                }
            };
        } catch (DatabaseOpenException e) {
            err.println("sro-desk: " + e.getMessage());
            return FAILED;
        } catch (Passphrases.PassphraseProblem e) {
            // a passphrase file that cannot be read or is too short, two console passphrases that differ
            err.println("sro-desk: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Before a command opens an encrypted database file, its passphrase is asked on the console or
     * read from {@code --passphrase-file} (issue 11). The window asks in a dialog instead, unless a
     * passphrase file was given.
     */
    private static void unlockForAction(CommandLine command, DatabaseLocation location, Passphrases passphrases) {
        switch (command.action()) {
            case VERSION, HELP, ENCRYPT_DB, DECRYPT_DB -> { }
            case COPY_DB -> command.server().copy()
                    .forEach(where -> EncryptionCommands.unlockIfEncryptedFile(where, passphrases));
            case OPEN_WINDOW -> {
                if (command.encryption().passphraseFile().isPresent()
                        && location instanceof DatabaseLocation.EmbeddedFile file) {
                    passphrases.unlockIfEncrypted(file.file());
                }
            }
            default -> {
                if (location instanceof DatabaseLocation.EmbeddedFile file) {
                    passphrases.unlockIfEncrypted(file.file());
                }
            }
        }
    }

    /** Opens a file, or a server asking for its password on the console when needed. */
    static Database open(DatabaseLocation location) {
        return DatabaseOpener.open(location, DatabaseOpener.PasswordPrompt.console());
    }

    private static int selfCheck(DatabaseLocation location, PrintStream out) {
        try (Database database = open(location)) {
            out.println("SRO Desk " + AppVersion.current() + " — database " + database.description() + " opens and is up to date.");
            out.println(new DistrictService(database).summary());
            return OK;
        }
    }

    private static int importFolder(DatabaseLocation location, Path folder, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(folder)) {
            err.println("sro-desk: " + folder + " is not a folder");
            return FAILED;
        }
        try (Database database = open(location)) {
            long start = System.nanoTime();
            ImportSummary summary = new ImportService(database).importFolder(folder, Actor.commandLine(),
                    (step, fraction) -> { });
            out.println("Imported " + folder.toAbsolutePath() + " into " + database.description()
                    + " in " + millis(start) + ":");
            out.println(summary);
            return OK;
        } catch (ImportException e) {
            err.println("sro-desk: nothing was imported. " + e.getMessage());
            return FAILED;
        }
    }

    private static int exportFolder(DatabaseLocation location, Path folder, PrintStream out) {
        try (Database database = open(location)) {
            new ExportService(database).exportFolder(folder, Actor.commandLine());
            out.println("Exported " + database.description() + " to " + folder.toAbsolutePath());
            return OK;
        }
    }

    private static int exportRosters(DatabaseLocation location, CommandLine command, PrintStream out, PrintStream err) {
        YearMonth month = command.month().orElseThrow();
        Path folder = command.folder().orElseThrow();
        try (Database database = open(location)) {
            RosterExportResult result = new RosterPdfService(database).exportMonth(month, command.schools(), folder,
                    command.combined(), RosterExportProgress.NONE, () -> false, Actor.commandLine());
            out.println(result.summary());
            return OK;
        } catch (RosterExportException e) {
            err.println("sro-desk: " + e.getMessage());
            return FAILED;
        }
    }

    private static int generateDemo(DatabaseLocation location, DemoTier tier, PrintStream out, PrintStream err) {
        try (Database database = open(location)) {
            long start = System.nanoTime();
            out.println("Generating the " + tier.id() + " demo district into " + database.description() + " …");
            var summary = new DemoDistrictGenerator(database).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                    Actor.commandLine(), (step, fraction) -> { });
            out.println("Done in " + millis(start) + ": " + summary);
            return OK;
        } catch (IllegalStateException e) {
            err.println("sro-desk: " + e.getMessage());
            return FAILED;
        }
    }

    private static String millis(long startNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }
}
