package org.srodesk.export.deployment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.RoverFigures;
import org.srodesk.domain.deployment.ScenarioOutcome;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WhatIfComparison;

/**
 * Writes deployment figures as CSV (UTF-8, comma, header row, RFC 4180 quoting) for spreadsheets:
 * the rows given, in the order given — what the table on screen shows.
 */
public final class DeploymentCsv {

    private DeploymentCsv() {
    }

    public static void writeSchools(List<SchoolFigures> rows, Path file) throws IOException {
        try (CSVPrinter out = printer(file, "school_code", "school_name", "level", "zone", "primary_sro",
                "school_days", "sro_on_site_days", "rover_covered_days", "rover_on_call_days", "no_sro_days",
                "calls_for_service", "calls_on_no_sro_days", "calls_per_no_sro_day")) {
            for (SchoolFigures s : rows) {
                out.printRecord(s.school().code(), s.school().name(), s.school().level().label(), s.school().zone(),
                        s.primaries(), s.schoolDays(), s.sroOnSiteDays(), s.roverCoveredDays(), s.roverOnCallDays(),
                        s.noSroDays(), s.calls(), s.callsOnNoSroDays(), decimal(s.callsPerNoSroDay()));
            }
        }
    }

    public static void writeOfficers(List<OfficerFigures> rows, Path file) throws IOException {
        String[] header = new String[8 + TimeOffKind.values().length];
        String[] fixed = {"badge", "name", "role", "home_school", "school_days", "days_at_post", "reassigned_days",
            "covering_days"};
        System.arraycopy(fixed, 0, header, 0, fixed.length);
        for (TimeOffKind kind : TimeOffKind.values()) {
            header[fixed.length + kind.ordinal()] = "time_off_" + kind.name().toLowerCase(Locale.ROOT) + "_days";
        }
        try (CSVPrinter out = printer(file, header)) {
            for (OfficerFigures o : rows) {
                out.print(o.officer().badge());
                out.print(o.officer().sortName());
                out.print(o.officer().isRover() ? "Rover" : "Primary SRO");
                out.print(o.homeSchool());
                out.print(o.schoolDays());
                out.print(o.atPostDays());
                out.print(o.reassignedDays());
                out.print(o.coveringDays());
                for (TimeOffKind kind : TimeOffKind.values()) {
                    out.print(o.timeOffDays(kind));
                }
                out.println();
            }
        }
    }

    public static void writeRovers(List<RoverFigures> rows, Path file) throws IOException {
        try (CSVPrinter out = printer(file, "badge", "name", "zone", "school_days", "covering_days", "reserve_days",
                "away_days")) {
            for (RoverFigures r : rows) {
                out.printRecord(r.officer().badge(), r.officer().sortName(), r.officer().zone(), r.schoolDays(),
                        r.coveringDays(), r.reserveDays(), r.awayDays());
            }
        }
    }

    /** The comparison, one measure a line, then what each change did. */
    public static void writeWhatIf(WhatIfComparison comparison, Path file) throws IOException {
        ScenarioOutcome a = comparison.current();
        ScenarioOutcome b = comparison.whatIf();
        try (CSVPrinter out = printer(file, "measure", "current", "what_if", "change")) {
            row(out, "rovers", a.rovers(), b.rovers());
            row(out, "high_school_need_days", a.needDays(), b.needDays());
            row(out, "uncovered_need_days", a.uncoveredNeedDays(), b.uncoveredNeedDays());
            row(out, "uncovered_high_school_days_911", a.uncoveredHighSchoolDays(), b.uncoveredHighSchoolDays());
            row(out, "days_below_rover_reserve", a.daysBelowReserve(), b.daysBelowReserve());
            row(out, "calls_at_schools_without_officer", a.callsWithoutOfficer(), b.callsWithoutOfficer());
            for (String note : comparison.notes()) {
                out.printRecord("change", note, "", "");
            }
        }
    }

    private static void row(CSVPrinter out, String measure, long current, long whatIf) throws IOException {
        out.printRecord(measure, current, whatIf, whatIf - current);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).build());
    }
}
