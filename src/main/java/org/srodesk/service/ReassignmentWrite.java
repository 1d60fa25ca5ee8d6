package org.srodesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.reassign.ReassignmentAction;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.ReassignmentConflicts;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.reassign.SchoolGap;
import org.srodesk.domain.timeoff.PolicyWords;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.ReassignmentEventDao;
import org.srodesk.persistence.SchoolDao;

/** The steps {@link ReassignmentService}'s writes share, on the write's own handle (one transaction). */
final class ReassignmentWrite {

    /** The conflicts found on saving, their confirmation, and the coverage released. */
    record Confirmed(String conflicts, String confirmation, String released, int releasedCount, LocalDate releasedFrom) {
        static final Confirmed NONE = new Confirmed("", "", "", 0, null);
    }

    private ReassignmentWrite() {
    }

    /** The reassignment as stored, if it is still at {@code version} and active; else nothing is written. */
    static Reassignment current(Handle handle, long id, int version) {
        Reassignment stored = handle.attach(ReassignmentDao.class).findById(id)
                .orElseThrow(() -> new ConcurrentChangeException("This reassignment no longer exists. Reload the list."));
        if (stored.version() != version) {
            throw changedMeanwhile(handle, id);
        }
        if (stored.status() == ReassignmentStatus.CANCELLED) {
            throw new ConcurrentChangeException("This reassignment is already cancelled. Reload the list.");
        }
        return stored;
    }

    static ConcurrentChangeException changedMeanwhile() {
        return new ConcurrentChangeException("Someone else changed this reassignment since you opened it."
                + " Reload it and try again.");
    }

    /**
     * "Changed by sgt.two at 09:12 on 2 Mar 2026 (it is now cancelled) — reload it and try again.": who
     * made the reassignment's latest step, from its history (the other desk's committed row).
     */
    static ConcurrentChangeException changedMeanwhile(Handle handle, long id) {
        List<ReassignmentEvent> history = handle.attach(ReassignmentEventDao.class).findByReassignment(id);
        if (history.isEmpty()) {
            return changedMeanwhile();
        }
        ReassignmentEvent last = history.get(history.size() - 1);
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH)
                .format(last.actedAt().atZone(java.time.ZoneId.systemDefault()));
        String what = switch (last.action()) {
            case RECORDED -> "it was recorded";
            case CHANGED -> "it was changed";
            case ENDED -> "it now ends earlier";
            case CANCELLED -> "it is now cancelled";
        };
        return new ConcurrentChangeException("Changed by " + last.actedBy() + " at " + when + " (" + what
                + ") — reload it and try again.");
    }

    /**
     * Checks {@code proposed} again, refuses unconfirmed conflicts, and releases the officer's accepted
     * coverage on its days from {@code today} on when asked.
     */
    static Confirmed confirm(Handle handle, Reassignment proposed, ConflictConfirmation answer, LocalDate today,
                             Actor actor, Instant now) {
        // Two desks recording for one officer at once take turns here, so the second sees the first's
        // reassignment as a conflict (a unique constraint cannot express "overlapping days").
        handle.attach(OfficerDao.class).lock(proposed.officerId());
        ReassignmentCheck check = ReassignmentReads.check(handle, proposed);
        if (!check.hasConflicts()) {
            return Confirmed.NONE;
        }
        if (!answer.confirmed()) {
            throw new ValidationException(ReassignmentDraft.CONFIRM,
                    "This reassignment has conflicts: confirm that it is saved anyway.");
        }
        String confirmation = "Confirmed by " + actor.displayName()
                + (actor.displayName().equals(actor.userName()) ? "" : " (" + actor.userName() + ")")
                + (answer.note().isEmpty() ? "" : ": " + answer.note());
        String released = "";
        int count = 0;
        LocalDate releasedFrom = null;
        if (answer.releaseCoverage() && !check.releasableCoverageIds().isEmpty()) {
            Set<Long> ids = new HashSet<>(check.releasableCoverageIds());
            CoverageDao coverage = handle.attach(CoverageDao.class);
            Map<Long, List<LocalDate>> bySchool = new TreeMap<>();
            for (CoverageAssignment row : coverage.findBetween(check.horizon().start(), check.horizon().end())) {
                if (ids.contains(row.id()) && !row.date().isBefore(today)) {
                    coverage.delete(row.id());
                    bySchool.computeIfAbsent(row.schoolId(), k -> new ArrayList<>()).add(row.date());
                    count++;
                    releasedFrom = releasedFrom == null || row.date().isBefore(releasedFrom) ? row.date() : releasedFrom;
                }
            }
            Map<Long, School> schools = handle.attach(SchoolDao.class).findAll().stream()
                    .collect(Collectors.toMap(School::id, s -> s));
            released = bySchool.entrySet().stream()
                    .map(e -> schools.get(e.getKey()).code() + ": " + PolicyWords.days(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return new Confirmed(cut(check.conflictSummary(), 4000), cut(confirmation, 2000), cut(released, 2000), count,
                releasedFrom);
    }

    static void event(Handle handle, Reassignment saved, ReassignmentAction action, String before, String after,
                      String comment, Confirmed confirmed, Actor actor, Instant now) {
        handle.attach(ReassignmentEventDao.class).insert(new ReassignmentEvent(0, saved.id(), action, actor.userName(),
                now, before, after, cut(comment == null ? "" : comment.trim(), 2000), confirmed.conflicts(),
                confirmed.confirmation(), confirmed.released()));
    }

    /**
     * After a record or change: the principal notices (when {@code tellPrincipals}) and the re-planning flag.
     */
    static ReassignmentOutcome afterSave(Handle handle, Reassignment saved, Officer officer, Confirmed confirmed,
                                         Actor actor, Instant now, LocalDate today, boolean tellPrincipals) {
        RosterSnapshot snapshot = ReassignmentReads.snapshot(handle, saved);
        ReassignmentCheck after = ReassignmentConflicts.check(snapshot, saved, snapshot.period());
        String destination = ReassignmentReads.destination(handle, saved);
        ReassignmentNotices.Queued notices = tellPrincipals
                ? ReassignmentNotices.queueLoss(handle, saved, officer, after, snapshot, destination, actor, now, today)
                : new ReassignmentNotices.Queued(List.of(), "");
        LocalDate from = confirmed.releasedFrom();
        List<String> reasons = new ArrayList<>();
        if (confirmed.releasedCount() > 0) {
            reasons.add("Released " + PolicyWords.count(confirmed.releasedCount(), "day") + " of "
                    + officer.displayName() + "'s coverage (" + confirmed.released() + ").");
        }
        for (SchoolGap gap : after.gaps()) {
            List<LocalDate> ahead = gap.uncoveredDays().stream().filter(d -> !d.isBefore(today)).toList();
            if (gap.school().isHigh() && !ahead.isEmpty()) {
                from = from == null || ahead.get(0).isBefore(from) ? ahead.get(0) : from;
                reasons.add(gap.school().code() + " is without " + officer.displayName() + " on "
                        + PolicyWords.count(ahead.size(), "school day") + (gap.openEnded() ? " or more" : "") + ".");
            }
        }
        String replanning = "";
        if (from != null) {
            String reason = String.join(" ", reasons);
            ReplanningFlag.raise(handle, from, saved.id(), reason);
            replanning = "Re-plan coverage from " + PolicyWords.day(from) + " on the Coverage screen. " + reason;
        }
        return new ReassignmentOutcome(saved, notices.notices(), notices.gap(), confirmed.releasedCount(), replanning);
    }

    /**
     * After ending early or cancelling: the history row, and the schools whose SRO is back on school
     * days from {@code freedFrom} (and today) on are told; high schools are flagged for re-planning.
     */
    static ReassignmentOutcome finish(Handle handle, Reassignment before, Reassignment saved, ReassignmentAction action,
                                      LocalDate freedFrom, String comment, Actor actor, Instant now, LocalDate today) {
        event(handle, saved, action, ReassignmentReads.describe(handle, before), ReassignmentReads.describe(handle, saved),
                comment, Confirmed.NONE, actor, now);
        LocalDate start = freedFrom.isBefore(today) ? today : freedFrom;
        LocalDate end = ReassignmentReads.horizon(before, ReassignmentReads.calendar(handle)).end();
        if (start.isAfter(end)) {
            return new ReassignmentOutcome(saved, List.of(), "", 0, "");
        }
        DateRange freed = DateRange.of(start, end);
        RosterSnapshot snapshot = TimeOffReads.snapshot(handle, freed);
        ReassignmentCheck check = ReassignmentConflicts.check(snapshot, before, freed);
        Officer officer = handle.attach(OfficerDao.class).findById(before.officerId()).orElseThrow();
        Set<Long> posts = snapshot.schedule(officer.id()).assignments().stream().map(Assignment::schoolId)
                .collect(Collectors.toSet());
        List<PrincipalNotice> notices = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        LocalDate replanFrom = null;
        List<String> reasons = new ArrayList<>();
        for (SchoolGap gap : check.gaps()) {
            if (!posts.contains(gap.school().id()) || gap.schoolDays().isEmpty()) {
                continue;
            }
            LocalDate backOn = gap.schoolDays().get(0);
            ReassignmentNotices.Queued queued = ReassignmentNotices.queueReturn(handle, saved, officer,
                    List.of(gap.school()), backOn, action == ReassignmentAction.CANCELLED, actor, now);
            notices.addAll(queued.notices());
            if (!queued.gap().isEmpty()) {
                gaps.add(queued.gap());
            }
            if (gap.school().isHigh()) {
                replanFrom = replanFrom == null || backOn.isBefore(replanFrom) ? backOn : replanFrom;
                reasons.add(gap.school().code() + " has " + officer.displayName() + " back from "
                        + PolicyWords.day(backOn) + " (" + action.label().toLowerCase()
                        + "): rover coverage planned for it may be freed.");
            }
        }
        String replanning = "";
        if (replanFrom != null) {
            String reason = String.join(" ", reasons);
            ReplanningFlag.raise(handle, replanFrom, saved.id(), reason);
            replanning = "Re-plan coverage from " + PolicyWords.day(replanFrom) + " on the Coverage screen. " + reason;
        }
        return new ReassignmentOutcome(saved, notices, String.join(" ", gaps), 0, replanning);
    }

    /**
     * The write's one {@code audit_log} row (entity reassignment): the reassignment before and after,
     * and, when conflicts were confirmed, who confirmed them and how many coverage days were released.
     */
    static void audit(Handle handle, Actor actor, String action, Reassignment before, Reassignment after,
                      Confirmed confirmed) {
        String state = auditState(after);
        if (!confirmed.confirmation().isEmpty()) {
            state += "; " + AuditLog.state("conflicts_confirmed", confirmed.confirmation(),
                    "coverage_released", confirmed.releasedCount());
        }
        AuditLog.record(handle, actor, action, "reassignment", after.id(), before == null ? "" : auditState(before),
                state);
    }

    static String auditState(Reassignment r) {
        return AuditLog.state("officer_id", r.officerId(), "start", r.startDate(), "end", r.endDate(),
                "destination_school_id", r.destinationSchoolId(), "duty", r.destinationDuty(),
                "ordered_by", r.orderedBy(), "order_reference", r.orderReference(), "status", r.status(),
                "version", r.version());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
