package org.srodesk.domain.reassign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.srodesk.domain.School;

/**
 * What a reassignment leaves a school without: the school days on which the officer would have
 * been there (their own post, or a high school they were to cover as a rover), and which of those
 * days someone else covers anyway (accepted rover coverage, or an officer reassigned there).
 *
 * @param openEnded true when the reassignment has no last day: the days counted stop at the horizon
 */
public record SchoolGap(School school, List<LocalDate> schoolDays, List<LocalDate> coveredDays, boolean openEnded) {

    public SchoolGap {
        Objects.requireNonNull(school, "school");
        schoolDays = List.copyOf(schoolDays);
        coveredDays = List.copyOf(coveredDays);
    }

    /** The school days nobody covers: for a high school, the days to call 911 unless the planner finds a rover. */
    public List<LocalDate> uncoveredDays() {
        return schoolDays.stream().filter(d -> !coveredDays.contains(d)).toList();
    }

    /** "CEN: 8 school days (2 covered)": the sentence for a column headed "leaves uncovered". */
    public String shortSentence() {
        int days = schoolDays.size();
        return school.code() + ": " + (openEnded ? "≥ " : "") + days + (days == 1 ? " school day" : " school days")
                + (coveredDays.isEmpty() ? "" : " (" + coveredDays.size() + " covered)");
    }

    /** "CEN: 8 school days without its SRO (2 covered)". */
    public String sentence() {
        int days = schoolDays.size();
        int covered = coveredDays.size();
        String count = (openEnded ? "at least " : "") + days + (days == 1 ? " school day" : " school days");
        String rest = covered == 0 ? "" : " (" + covered + " covered)";
        return school.code() + ": " + count + " without its SRO" + rest;
    }
}
