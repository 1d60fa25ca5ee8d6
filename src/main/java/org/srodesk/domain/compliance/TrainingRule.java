package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Decides whether a course is current for an officer. The latest completion counts; it is good
 * until its renewal day, {@code completedOn + renewalMonths} (the same day of the month, or the
 * month's last day). On that day it is still current — "renew by" includes the day — and from the
 * day after it is <b>overdue</b>. It is <b>due soon</b> from {@code dueSoonDays} days before the
 * renewal day. Without any completion the course is <b>missing</b>.
 */
public final class TrainingRule {

    /** Days before the renewal day from which a course shows as due soon, unless the settings say otherwise. */
    public static final int DEFAULT_DUE_SOON_DAYS = 60;

    private TrainingRule() {
    }

    /** The last day a completion on {@code completedOn} keeps {@code course} current. */
    public static LocalDate renewBy(TrainingCourse course, LocalDate completedOn) {
        return completedOn.plusMonths(course.renewalMonths());
    }

    /** The standing of {@code course} on {@code today}, given the officer's completions of it (any order). */
    public static TrainingStanding standing(TrainingCourse course, Collection<TrainingCompletion> completions,
                                            LocalDate today, int dueSoonDays) {
        Optional<LocalDate> last = completions.stream()
                .filter(c -> c.courseId() == course.id())
                .map(TrainingCompletion::completedOn)
                .filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder());
        if (last.isEmpty()) {
            return new TrainingStanding(course, TrainingState.MISSING, null, null);
        }
        LocalDate renewBy = renewBy(course, last.get());
        TrainingState state = today.isAfter(renewBy) ? TrainingState.OVERDUE
                : today.isBefore(renewBy.minusDays(dueSoonDays)) ? TrainingState.CURRENT
                : TrainingState.DUE_SOON;
        return new TrainingStanding(course, state, last.get(), renewBy);
    }
}
