package org.srodesk.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jdbi.v3.core.JdbiException;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;

/** Writes an accepted coverage plan; the rules are on {@link CoverageService#accept(List, DateRange, Actor, LocalDate)}. */
final class CoverageAcceptance {

    private final Database database;
    private final Clock clock;

    CoverageAcceptance(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** One coverage as the database holds it: rover, school, day, absent officer (0 for none). */
    private record Key(long roverId, long schoolId, LocalDate date, long absentOfficerId) {
        static Key of(CoverageAssignment a) {
            return new Key(a.roverId(), a.schoolId(), a.date(), a.absentOfficerId());
        }

        static Key of(PlannedCoverage c) {
            return new Key(c.roverId(), c.schoolId(), c.date(), c.need().absentOfficerId());
        }
    }

    /**
     * Needs {@link Permission#SCHEDULE}; writes one summary {@code audit_log} row (ACCEPT_PLAN
     * coverage_plan, id the period) in the transaction of the change.
     */
    AcceptSummary accept(List<PlannedCoverage> assignments, DateRange period, Actor actor, LocalDate today) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        Map<Key, PlannedCoverage> wanted = new LinkedHashMap<>();
        for (PlannedCoverage c : assignments) {
            if (!period.contains(c.date())) {
                throw new IllegalArgumentException("Coverage on " + c.date() + " is outside the period " + period);
            }
            if (!c.date().isBefore(today)) {
                wanted.put(Key.of(c), c);
            }
        }
        Instant now = clock.instant();
        try {
            return database.inTransaction(h -> {
                CoverageDao dao = h.attach(CoverageDao.class);
                int past = 0;
                List<CoverageAssignment> stale = new ArrayList<>();
                Set<Key> existing = new HashSet<>();
                for (CoverageAssignment a : dao.findBetween(period.start(), period.end())) {
                    if (a.date().isBefore(today)) {
                        past++;
                    } else if (wanted.containsKey(Key.of(a)) && existing.add(Key.of(a))) {
                        continue;
                    } else {
                        stale.add(a);
                    }
                }
                for (CoverageAssignment a : stale) {
                    dao.delete(a.id());
                }
                int added = 0;
                for (Map.Entry<Key, PlannedCoverage> e : wanted.entrySet()) {
                    if (!existing.contains(e.getKey())) {
                        Key k = e.getKey();
                        dao.insertCoverage(k.roverId(), k.schoolId(), k.date(),
                                k.absentOfficerId() == 0 ? null : k.absentOfficerId(), actor.userName(), now);
                        added++;
                    }
                }
                AcceptSummary summary = new AcceptSummary(existing.size(), added, stale.size(), past);
                AuditLog.record(h, actor, "ACCEPT_PLAN", "coverage_plan", period.start() + ".." + period.end(),
                        AuditLog.state("from", today, "existing", existing.size() + stale.size()),
                        AuditLog.state("kept", existing.size(), "accepted", added, "released", stale.size(),
                                "past_untouched", past, "period", period.start() + ".." + period.end()));
                return summary;
            });
        } catch (JdbiException e) {
            if (isConstraintViolation(e)) {
                throw new CoverageAcceptException("The plan was not saved: the database refused it, because a rover "
                        + "would cover two schools on one day or a school would get two rovers on one day "
                        + "(perhaps changed on another desk). Nothing was written; re-plan and try again.", e);
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
