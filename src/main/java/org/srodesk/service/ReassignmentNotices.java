package org.srodesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.SchoolGap;
import org.srodesk.domain.timeoff.CoverageDay;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.domain.timeoff.SchoolCoverage;
import org.srodesk.export.notice.NoticeComposer;
import org.srodesk.export.notice.NoticeDraft;
import org.srodesk.export.notice.SergeantContact;
import org.srodesk.persistence.PrincipalNoticeDao;

/**
 * Queues the principal notices of a reassignment in the outbox ({@code principal_notice}, the
 * mechanism of time off), on the caller's handle so they commit with the change. Sending is
 * {@link PrincipalNoticeService}'s job after commit.
 */
final class ReassignmentNotices {

    /** School days listed one by one in a notice, with their cover; more are counted. */
    static final int LISTED_DAYS = 10;

    /** The notices queued, and why a due one could not be ("" when none was missing). */
    record Queued(List<PrincipalNotice> notices, String gap) {
    }

    private ReassignmentNotices() {
    }

    /**
     * For each school that is the officer's own post and loses them on school days from
     * {@code today} on: "your SRO is reassigned", with who covers each listed day (high schools).
     *
     * @param snapshot the roster including the saved reassignment, so the cover shown is right
     */
    static Queued queueLoss(Handle handle, Reassignment reassignment, Officer officer, ReassignmentCheck check,
                            RosterSnapshot snapshot, String destination, Actor actor, Instant now, LocalDate today) {
        Set<Long> posts = snapshot.schedule(officer.id()).assignments().stream().map(Assignment::schoolId)
                .collect(Collectors.toSet());
        SergeantContact sergeant = TimeOffSettingsService.load(handle).sergeant();
        List<PrincipalNotice> queued = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (SchoolGap gap : check.gaps()) {
            School school = gap.school();
            List<LocalDate> ahead = gap.schoolDays().stream().filter(d -> !d.isBefore(today)).toList();
            if (!posts.contains(school.id()) || ahead.isEmpty()) {
                continue;
            }
            if (school.principalEmail().isBlank()) {
                gaps.add("No principal e-mail is on file for " + school.name() + ": tell the principal another way.");
                continue;
            }
            List<LocalDate> listed = ahead.subList(0, Math.min(LISTED_DAYS, ahead.size()));
            List<CoverageDay> coverage = school.isHigh()
                    ? SchoolCoverage.forDays(snapshot, TimeOffReads.calls(handle, today), CoverageSettings.DEFAULTS,
                            school, listed)
                    : List.of();
            int more = reassignment.endDate() == null && school.isHigh() ? 0 : ahead.size() - listed.size();
            NoticeDraft draft = NoticeComposer.composeReassignment(reassignment, officer, school, destination,
                    coverage, school.isHigh() ? more : 0, sergeant);
            queued.add(insert(handle, reassignment, school, draft, actor, now));
        }
        return new Queued(queued, String.join(" ", gaps));
    }

    /** "Your SRO is back from {@code backOn}" to each school in {@code schools}. */
    static Queued queueReturn(Handle handle, Reassignment reassignment, Officer officer, List<School> schools,
                              LocalDate backOn, boolean cancelled, Actor actor, Instant now) {
        SergeantContact sergeant = TimeOffSettingsService.load(handle).sergeant();
        List<PrincipalNotice> queued = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (School school : schools) {
            if (school.principalEmail().isBlank()) {
                gaps.add("No principal e-mail is on file for " + school.name() + ": tell the principal another way.");
                continue;
            }
            NoticeDraft draft = NoticeComposer.composeReturn(reassignment, officer, school, backOn, cancelled, sergeant);
            queued.add(insert(handle, reassignment, school, draft, actor, now));
        }
        return new Queued(queued, String.join(" ", gaps));
    }

    private static PrincipalNotice insert(Handle handle, Reassignment reassignment, School school, NoticeDraft draft,
                                          Actor actor, Instant now) {
        PrincipalNoticeDao dao = handle.attach(PrincipalNoticeDao.class);
        long id = dao.insertForReassignment(new PrincipalNotice(0, 0, reassignment.id(), school.id(),
                draft.recipient(), draft.subject(), draft.body(), NoticeStatus.QUEUED, 0, "", "", actor.userName(),
                now, null, 0));
        return dao.findById(id).orElseThrow();
    }
}
