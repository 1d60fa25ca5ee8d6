package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One school day on which a school is short one officer. Identified by its block and date: a
 * school with two absent primaries has two need-days on the same date.
 *
 * @param absentOfficerId the absent primary SRO, or 0 for a vacant post or a manual need
 */
public record NeedDay(String blockId, long schoolId, String schoolCode, String schoolZone,
                      LocalDate date, long absentOfficerId, NeedReason reason) {
    public NeedDay {
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        schoolCode = schoolCode == null ? "" : schoolCode;
        schoolZone = schoolZone == null ? "" : schoolZone;
    }
}
