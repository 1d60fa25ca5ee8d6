package org.srodesk.domain.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The monthly log an SRO submitted to the sergeant: for {@code logMonth} (the month's first day),
 * received on {@code receivedOn}, with the counts it reports. Flat columns so it maps straight from
 * its row; {@link #counts()} groups them.
 */
public record MonthlyLog(
        long id,
        long officerId,
        LocalDate logMonth,
        LocalDate receivedOn,
        int sessionsGangs,
        int sessionsDrugs,
        int sessionsCyber,
        int sessionsSexting,
        int sessionsJustice,
        int ppcMeetings,
        int ptaMeetings,
        int reportsTaken,
        String note,
        String recordedBy,
        Instant recordedAt,
        int version) {

    public MonthlyLog {
        Objects.requireNonNull(logMonth, "logMonth");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (logMonth.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A log month is named by its first day: " + logMonth);
        }
        note = note == null ? "" : note;
        recordedBy = recordedBy == null ? "" : recordedBy;
        new ActivityCounts(sessionsGangs, sessionsDrugs, sessionsCyber, sessionsSexting, sessionsJustice, ppcMeetings,
                ptaMeetings, reportsTaken); // refuses negative counts
    }

    public static MonthlyLog of(long officerId, YearMonth month, LocalDate receivedOn, ActivityCounts counts,
                                String note, String recordedBy, Instant recordedAt) {
        return new MonthlyLog(0, officerId, month.atDay(1), receivedOn, counts.gangs(), counts.drugs(),
                counts.cyberBullying(), counts.sexting(), counts.criminalJustice(), counts.ppcMeetings(),
                counts.ptaMeetings(), counts.reportsTaken(), note, recordedBy, recordedAt, 0);
    }

    public YearMonth month() {
        return YearMonth.from(logMonth);
    }

    public ActivityCounts counts() {
        return new ActivityCounts(sessionsGangs, sessionsDrugs, sessionsCyber, sessionsSexting, sessionsJustice,
                ppcMeetings, ptaMeetings, reportsTaken);
    }
}
