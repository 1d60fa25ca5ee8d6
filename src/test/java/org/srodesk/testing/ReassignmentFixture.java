package org.srodesk.testing;

import java.time.Instant;
import java.time.LocalDate;

import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.service.Actor;
import org.srodesk.service.CoverageService;
import org.srodesk.service.ReassignmentDraft;
import org.srodesk.service.ReassignmentService;
import org.srodesk.service.RosterService;

/**
 * The time-off fixture (Central High, primary SRO Lee, rovers Diaz and Moe, today 1 February 2026)
 * plus Harding High (HAR, principal Dr. Berg) as a destination, and the reassignment, roster and
 * coverage services on the same in-memory database.
 */
public final class ReassignmentFixture implements AutoCloseable {

    public static final Actor SERGEANT = TimeOffFixture.SERGEANT;

    public final TimeOffFixture base;
    public final ReassignmentService service;
    public final RosterService roster;
    public final CoverageService coverage;
    public final long harding;

    /** On an in-memory H2 database. */
    public ReassignmentFixture() {
        this(Backend.H2);
    }

    /** On a fresh database of {@code backend}. */
    public ReassignmentFixture(Backend backend) {
        base = new TimeOffFixture(backend);
        service = new ReassignmentService(base.database, base.clock);
        roster = new RosterService(base.database);
        coverage = new CoverageService(base.database, roster, base.clock);
        harding = base.database.inTransaction(h -> h.attach(SchoolDao.class).insert(new School(0, "HAR", "Harding High",
                SchoolLevel.HIGH, "", "Dr. Berg", "berg@school.test", "", "East")));
    }

    public static LocalDate march(int day) {
        return TimeOffFixture.march(day);
    }

    /** Lee to patrol, ordered by Commander Axtell. */
    public ReassignmentDraft leeToPatrol(LocalDate first, LocalDate last) {
        return new ReassignmentDraft(base.lee, first, last, null, "Patrol", "Commander Jane Axtell", "GO-26-114",
                "District patrol staffing shortage");
    }

    /** Accepted coverage: {@code roverId} covers Central High on {@code day} while Lee is away. */
    public long coverCentral(long roverId, LocalDate day) {
        return base.database.inTransaction(h -> h.attach(CoverageDao.class).insertCoverage(roverId, base.central, day,
                base.lee, "sgt.olson", Instant.parse("2026-01-20T10:00:00Z")));
    }

    public int count(String table) {
        return base.count(table);
    }

    @Override
    public void close() {
        base.close();
    }
}
