package org.srodesk.export.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;

/**
 * Everything one school's monthly roster page says, decided before any drawing: the plain data step
 * that {@link RosterPdfRenderer} only lays out. Built by {@link RosterMonth#page}.
 *
 * @param sros      the primary SROs posted to the school this month, most days first; empty for a
 *                  school served by rovers, or a high school whose post is vacant
 * @param rovers    the rovers a junior, middle or elementary school calls (its zone's, or the
 *                  district's when the zone has none); empty for a high school
 * @param days      every day of the month, in order
 * @param absences  the absences and their cover, in date order
 */
public record RosterPage(
        School school,
        YearMonth month,
        UnitContacts unit,
        List<Officer> sros,
        List<Officer> rovers,
        List<RosterDay> days,
        List<AbsenceLine> absences,
        LocalDate generatedOn) {

    public RosterPage {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(generatedOn, "generatedOn");
        sros = List.copyOf(sros);
        rovers = List.copyOf(rovers);
        days = List.copyOf(days);
        absences = List.copyOf(absences);
    }

    /** The day of the month {@code dayOfMonth} (1-based). */
    public RosterDay day(int dayOfMonth) {
        return days.get(dayOfMonth - 1);
    }

    /** How many school days this month leave the school to call 911. */
    public long nineOneOneDays() {
        return days.stream().filter(d -> d.kind().callsNineOneOne()).count();
    }

    /** The file name of this page on its own: {@code <school-code>_<yyyy-mm>.pdf}. */
    public String fileName() {
        return fileName(school.code(), month);
    }

    /** {@code <school-code>_<yyyy-mm>.pdf}, the code made safe for any file system. */
    public static String fileName(String schoolCode, YearMonth month) {
        return schoolCode.replaceAll("[^A-Za-z0-9._-]", "_") + "_" + month + ".pdf";
    }
}
