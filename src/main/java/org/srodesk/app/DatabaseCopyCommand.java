package org.srodesk.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseCopy;
import org.srodesk.persistence.DatabaseLocation;

/**
 * {@code --copy-db FROM TO}: moves a desk's data between an H2 file and a PostgreSQL server (either
 * way) with {@link DatabaseCopy}, prints the row count of every table on both sides, and fails
 * (exit 1) when the target is not empty or any count differs.
 */
final class DatabaseCopyCommand {

    private DatabaseCopyCommand() {
    }

    private static java.nio.file.Path dataFile(DatabaseLocation.EmbeddedFile file) {
        String name = file.file().getFileName().toString();
        return name.endsWith(".mv.db") ? file.file() : file.file().resolveSibling(name + ".mv.db");
    }

    static int run(List<String> fromAndTo, String user, PrintStream out, PrintStream err) {
        DatabaseLocation from;
        DatabaseLocation to;
        try {
            from = DatabaseLocation.parse(fromAndTo.get(0), user);
            to = DatabaseLocation.parse(fromAndTo.get(1), user);
        } catch (IllegalArgumentException e) {
            err.println("sro-desk: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        if (from instanceof DatabaseLocation.EmbeddedFile file && !Files.exists(dataFile(file))) {
            err.println("sro-desk: there is no database file " + file.file() + " to copy");
            return Main.FAILED;
        }
        long start = System.nanoTime();
        try (Database source = Main.open(from); Database target = Main.open(to)) {
            return copyAndReport(source, target, start, out, err);
        }
    }

    /**
     * Copies {@code source} into the empty {@code target}, prints the row counts per table on both
     * sides, and says whether they agree.
     *
     * @return {@link Main#OK} when every count agrees, else {@link Main#FAILED} (message on {@code err})
     */
    static int copyAndReport(Database source, Database target, long startNanos, PrintStream out, PrintStream err) {
        try {
            out.println("Copying " + source.description() + " to " + target.description() + " …");
            DatabaseCopy.Report report = DatabaseCopy.copy(source, target);
            out.println(String.format(Locale.ROOT, "%-24s %10s %10s", "table", "from", "to"));
            report.tables().forEach(out::println);
            out.println(String.format(Locale.ROOT, "%,d rows in %.1f s", report.rows(),
                    (System.nanoTime() - startNanos) / 1e9));
            if (!report.identical()) {
                err.println("sro-desk: the row counts differ: the copy is not complete");
                return Main.FAILED;
            }
            return Main.OK;
        } catch (IllegalStateException | DatabaseCopy.DatabaseCopyException e) {
            err.println("sro-desk: " + e.getMessage());
            return Main.FAILED;
        }
    }
}
