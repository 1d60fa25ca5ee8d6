package org.srodesk.service.compliance;

import java.time.Clock;
import java.util.Objects;

import org.srodesk.persistence.Database;
import org.srodesk.service.RosterService;

/** The compliance use cases of one open desk, built together (composition root and tests). */
public record ComplianceServices(TrainingService training, MonthlyLogService logs, MeetingService meetings,
                                 ComplianceService overdue, ProgramReviewService review) {

    public ComplianceServices {
        Objects.requireNonNull(training);
        Objects.requireNonNull(logs);
        Objects.requireNonNull(meetings);
        Objects.requireNonNull(overdue);
        Objects.requireNonNull(review);
    }

    public static ComplianceServices create(Database database, RosterService roster, Clock clock) {
        return new ComplianceServices(new TrainingService(database, clock), new MonthlyLogService(database, clock),
                new MeetingService(database, clock), new ComplianceService(database, clock),
                new ProgramReviewService(database, roster, clock));
    }
}
