package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.srodesk.domain.TimeOffKind;

/**
 * One run of school days on which a school lacks one officer: an absent primary SRO (time off,
 * reassignment), a vacant post, or a manual need. {@code first}..{@code last} is the run inside
 * the planned period; {@code needDates} are the school days of the run that still need a rover
 * (days filled by an officer reassigned to the school are left out).
 *
 * @param id              stable, readable key, e.g. {@code "12/O34/2026-01-05"}
 * @param absentOfficerId the absent primary, or 0 for a vacancy or manual need
 * @param timeOffKind     the kind of the first day's time off when {@code reason} is TIME_OFF, else null
 */
public record AbsenceBlock(String id, long schoolId, String schoolCode, String schoolZone,
                           long absentOfficerId, NeedReason reason, TimeOffKind timeOffKind,
                           LocalDate first, LocalDate last, List<LocalDate> needDates, String note) {

    public AbsenceBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        needDates = List.copyOf(needDates);
        schoolCode = schoolCode == null ? "" : schoolCode;
        schoolZone = schoolZone == null ? "" : schoolZone;
        note = note == null ? "" : note;
    }

    /** The block's need-days, in date order. */
    public List<NeedDay> needDays() {
        return needDates.stream()
                .sorted()
                .map(d -> new NeedDay(id, schoolId, schoolCode, schoolZone, d, absentOfficerId, reason))
                .toList();
    }
}
