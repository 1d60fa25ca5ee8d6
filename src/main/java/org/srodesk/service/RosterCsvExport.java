package org.srodesk.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.srodesk.domain.roster.DayTotals;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.domain.roster.RosterRow;

/**
 * Writes the roster as the sergeant sees it — the rows a filter left visible, one column per day
 * with the cell's short label — followed by the three unit total lines. RFC 4180 CSV, UTF-8,
 * opens in any spreadsheet. Reached through {@link RosterService#exportCsv}, which checks the export
 * permission and records the export.
 */
final class RosterCsvExport {

    /** Writes {@code rows} (normally the visible ones) of {@code model} to {@code out}. */
    void write(RosterModel model, List<RosterRow> rows, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Badge", "Name", "Role", "Zone", "Home school"));
        for (LocalDate day : model.days()) {
            header.add(day.toString());
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (RosterRow row : rows) {
                List<String> record = new ArrayList<>(header.size());
                record.add(row.officer().badge());
                record.add(row.officer().sortName());
                record.add(row.officer().isRover() ? "Rover" : "Primary SRO");
                record.add(row.officer().zone());
                record.add(row.homeSchoolCode());
                for (int d = 0; d < row.dayCount(); d++) {
                    record.add(row.status(d).shortLabel());
                }
                printer.printRecord(record);
            }
            printTotal(printer, "Officers at schools", model, DayTotals::officersAtSchools);
            printTotal(printer, "Rovers free", model, DayTotals::roversFree);
            printTotal(printer, "High schools without SRO", model, DayTotals::highSchoolsWithoutSro);
        }
    }

    /** Writes to {@code file}, replacing it. */
    void write(RosterModel model, List<RosterRow> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(model, rows, out);
        }
    }

    private static void printTotal(CSVPrinter printer, String label, RosterModel model,
                                   java.util.function.ToIntFunction<DayTotals> value) throws IOException {
        List<String> record = new ArrayList<>(List.of("", label, "", "", ""));
        for (DayTotals totals : model.totals()) {
            record.add(totals.inSession() ? Integer.toString(value.applyAsInt(totals)) : "");
        }
        printer.printRecord(record);
    }
}
