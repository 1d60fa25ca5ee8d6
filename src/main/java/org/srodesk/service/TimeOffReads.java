package org.srodesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.timeoff.CoverageDay;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PolicyInputs;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.domain.timeoff.SchoolCoverage;
import org.srodesk.export.notice.NoticeComposer;
import org.srodesk.export.notice.NoticeDraft;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.PrincipalNoticeDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.UnitEventDao;

/**
 * The reads behind a time-off decision, made on the decision's own handle so the findings, the
 * notice and the write see the same data.
 */
final class TimeOffReads {

    /** Days either side of a request the policy looks at (adjacent vacation). */
    static final int MARGIN_DAYS = 42;
    /** Calls for service in this many days before a request weigh schools, as in the planner. */
    static final int CALL_DAYS = 90;

    private TimeOffReads() {
    }

    static RosterSnapshot snapshot(Handle handle, DateRange period) {
        SchoolCalendar calendar = new SchoolCalendar(
                handle.attach(CalendarDao.class).findBetween(period.start(), period.end()));
        return new RosterSnapshot(period, calendar, handle.attach(OfficerDao.class).findAll(),
                handle.attach(SchoolDao.class).findAll(),
                handle.attach(AssignmentDao.class).findOverlapping(period.start(), period.end()),
                handle.attach(TimeOffDao.class).findOverlapping(period.start(), period.end()),
                handle.attach(ReassignmentDao.class).findOverlapping(period.start(), period.end()),
                handle.attach(CoverageDao.class).findBetween(period.start(), period.end()));
    }

    static PolicyInputs inputs(Handle handle, TimeOffRequest request, TimeOffSettings settings, LocalDate today) {
        DateRange period = new DateRange(request.startDate().minusDays(MARGIN_DAYS), request.endDate().plusDays(MARGIN_DAYS));
        return new PolicyInputs(snapshot(handle, period),
                handle.attach(UnitEventDao.class).findBetween(request.startDate(), request.endDate()),
                calls(handle, request.startDate()), CoverageSettings.DEFAULTS, settings.policy(), today);
    }

    static Map<Long, Integer> calls(Handle handle, LocalDate before) {
        Map<Long, Integer> perSchool = new HashMap<>();
        for (CallsForService calls : handle.attach(CallsForServiceDao.class)
                .findBetween(before.minusDays(CALL_DAYS), before.minusDays(1))) {
            perSchool.merge(calls.schoolId(), calls.count(), Integer::sum);
        }
        return perSchool;
    }

    /**
     * Writes the principal's notice for {@code request} to the outbox (status QUEUED), or says why
     * none can be written.
     */
    static DecisionOutcome queueNotice(Handle handle, TimeOffRequest request, PolicyInputs inputs,
                                       TimeOffSettings settings, Actor actor, Instant now) {
        RosterSnapshot snapshot = inputs.snapshot();
        Officer officer = snapshot.officer(request.officerId()).orElseThrow();
        Optional<School> school = request.range().stream()
                .map(day -> snapshot.homeSchool(officer.id(), day))
                .flatMap(Optional::stream).findFirst();
        if (school.isEmpty()) {
            return new DecisionOutcome(request, Optional.empty(),
                    officer.displayName() + " has no school, so no principal is notified.");
        }
        if (school.get().principalEmail().isBlank()) {
            return new DecisionOutcome(request, Optional.empty(), "No principal e-mail is on file for "
                    + school.get().name() + ": tell the principal another way.");
        }
        List<LocalDate> days = snapshot.calendar().schoolDays(request.range()).stream()
                .filter(d -> snapshot.homeSchool(officer.id(), d).filter(school.get()::equals).isPresent())
                .toList();
        List<CoverageDay> coverage = school.get().isHigh()
                ? SchoolCoverage.forDays(snapshot, inputs.callsForService(), inputs.coverageSettings(), school.get(), days)
                : List.of();
        NoticeDraft draft = NoticeComposer.compose(request, officer, school.get(), coverage, settings.sergeant());
        PrincipalNotice notice = new PrincipalNotice(0, request.id(), 0, school.get().id(), draft.recipient(),
                draft.subject(), draft.body(), NoticeStatus.QUEUED, 0, "", "", actor.userName(), now, null, 0);
        long id = handle.attach(PrincipalNoticeDao.class).insert(notice);
        return new DecisionOutcome(request, handle.attach(PrincipalNoticeDao.class).findById(id), "");
    }
}
