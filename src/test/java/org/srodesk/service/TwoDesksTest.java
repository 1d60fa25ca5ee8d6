package org.srodesk.service;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.coverage.CoverageSource;
import org.srodesk.domain.coverage.NeedDay;
import org.srodesk.domain.coverage.NeedReason;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.persistence.ChangeNotifier;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.TimeOffDecisionDao;
import org.srodesk.testing.Backend;
import org.srodesk.testing.CoverageFixture;
import org.srodesk.testing.TestDatabases;
import org.srodesk.testing.TimeOffFixture;

/**
 * Two workstations on one PostgreSQL database, each with its own {@link Database} (pool and
 * connections) and services, as two desks in two offices: a stale edit is refused with who changed
 * it, racing decisions that must never double are refused by the database (exactly one desk wins),
 * and one desk's commit reaches the other's {@link ChangeNotifier}.
 */
class TwoDesksTest {

    private static final Actor SERGEANT = TimeOffFixture.SERGEANT;
    private static final Actor OTHER_SERGEANT = new Actor("sgt.two", "Sgt. Two", Role.SERGEANT);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TimeOffFixture fixture;
    private Database otherDesk;
    private TimeOffService otherService;
    private final ExecutorService deskThreads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void openTwoDesks() {
        fixture = new TimeOffFixture(Backend.POSTGRESQL);
        otherDesk = TestDatabases.secondDesk(fixture.database);
        otherService = new TimeOffService(otherDesk, new TimeOffSettingsService(otherDesk), fixture.clock);
    }

    @AfterEach
    void closeDesks() {
        deskThreads.shutdownNow();
        otherDesk.close();
        fixture.close();
    }

    @Test
    void aStaleApprovalIsRefusedNamingWhoChangedTheRequestAndWhen() {
        TimeOffRequest seen = fixture.service.request(fixture.vacation(TimeOffFixture.march(5), TimeOffFixture.march(6)),
                SERGEANT).request();
        otherService.deny(seen.id(), seen.version(), "Short-staffed that week", OTHER_SERGEANT);

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> fixture.service.approve(seen.id(), seen.version(), "", SERGEANT));
        assertTrue(refused.getMessage().startsWith("Changed by sgt.two at 09:00 on 1 Feb 2026 (it is now denied)"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("reload"), refused.getMessage());
        assertEquals(TimeOffStatus.DENIED, fixture.service.find(seen.id()).orElseThrow().status());
        assertEquals(List.of(TimeOffStatus.REQUESTED, TimeOffStatus.DENIED),
                fixture.service.history(seen.id()).stream().map(d -> d.toStatus()).toList());
        assertEquals(0, fixture.count("principal_notice"));
    }

    @Test
    void whileOneDeskIsApprovingTheOtherDesksApprovalWaitsAndIsThenRefused() throws Exception {
        TimeOffRequest seen = fixture.service.request(fixture.vacation(TimeOffFixture.march(5), TimeOffFixture.march(6)),
                SERGEANT).request();
        try (Handle first = fixture.database.jdbi().open()) {
            first.begin();
            assertEquals(1, first.attach(TimeOffDecisionDao.class).decide(seen.id(), seen.version(),
                    TimeOffStatus.APPROVED, SERGEANT.userName(), fixture.clock.instant(), ""));

            Future<DecisionOutcome> second = deskThreads.submit(
                    () -> otherService.approve(seen.id(), seen.version(), "", OTHER_SERGEANT));
            awaitABackendWaitingForALock(first);
            first.commit();

            ExecutionException lost = assertThrows(ExecutionException.class, () -> second.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertInstanceOf(ConcurrentChangeException.class, lost.getCause());
            assertTrue(lost.getCause().getMessage().startsWith("Changed by sgt.olson"), lost.getCause().getMessage());
        }
        assertEquals(List.of(TimeOffStatus.REQUESTED),
                fixture.service.history(seen.id()).stream().map(d -> d.toStatus()).toList(),
                "the losing desk wrote no decision row");
    }

    @Test
    void twoDesksApprovingTheSameRequestsAtOnceExactlyOneWinsEachTime() throws Exception {
        List<TimeOffRequest> requests = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            requests.add(fixture.service.request(fixture.vacation(TimeOffFixture.march(day), TimeOffFixture.march(day)),
                    SERGEANT).request());
        }
        for (TimeOffRequest r : requests) {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> a = deskThreads.submit(() -> approves(fixture.service, r, SERGEANT, start));
            Future<Boolean> b = deskThreads.submit(() -> approves(otherService, r, OTHER_SERGEANT, start));
            int winners = (a.get(WAIT.toSeconds(), TimeUnit.SECONDS) ? 1 : 0) + (b.get(WAIT.toSeconds(), TimeUnit.SECONDS) ? 1 : 0);
            assertEquals(1, winners, "request " + r.id());
            assertEquals(1, fixture.service.history(r.id()).stream()
                    .filter(d -> d.toStatus() == TimeOffStatus.APPROVED).count());
            assertEquals(1, fixture.count("principal_notice") - requests.indexOf(r), "one notice per approved request");
        }
    }

    private static boolean approves(TimeOffService service, TimeOffRequest request, Actor actor, CyclicBarrier start)
            throws Exception {
        start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            // Five adjacent days add up to an extended absence: the approval carries its justification.
            service.approve(request.id(), request.version(), "Relief arranged with the zone", actor);
            return true;
        } catch (ConcurrentChangeException refused) {
            return false;
        }
    }

    @Test
    void twoDesksAcceptingTheSameRoverDayForTwoSchoolsExactlyOneWins() throws Exception {
        acceptRaceOnOneDay(true);
    }

    @Test
    void twoDesksAcceptingTwoRoversForTheSameSchoolDayExactlyOneWins() throws Exception {
        acceptRaceOnOneDay(false);
    }

    /**
     * This desk holds an uncommitted coverage row for a day; the other desk accepts a plan that
     * would double the rover (or the school) that day: its insert waits on the unique index, and
     * when this desk commits, the database refuses it and nothing of its plan is written.
     */
    private void acceptRaceOnOneDay(boolean sameRover) throws Exception {
        Database desk = TestDatabases.open(Backend.POSTGRESQL, "coverage-race");
        try (Database other = TestDatabases.secondDesk(desk)) {
            CoverageFixture f = CoverageFixture.create(desk);
            LocalDate day = LocalDate.of(2026, 3, 11);
            DateRange march = DateRange.monthOf(day);
            Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
            CoverageService otherCoverage = new CoverageService(other, new RosterService(other), clock);
            NeedDay atHarding = new NeedDay("pena", f.har, "HAR", "East", day, f.pena, NeedReason.TIME_OFF);
            NeedDay atCentral = new NeedDay("nguyen", f.cen, "CEN", "West", day, f.nguyen, NeedReason.TIME_OFF);
            PlannedCoverage otherPlan = sameRover
                    ? new PlannedCoverage(atHarding, f.olson, CoverageSource.PROPOSED, "")
                    : new PlannedCoverage(atCentral, f.berg, CoverageSource.PROPOSED, "");

            try (Handle first = desk.jdbi().open()) {
                first.begin();
                first.attach(CoverageDao.class).insertCoverage(f.olson, f.cen, day, f.nguyen, SERGEANT.userName(),
                        clock.instant());
                Future<AcceptSummary> second = deskThreads.submit(() -> otherCoverage.accept(List.of(otherPlan), march,
                        OTHER_SERGEANT, LocalDate.of(2026, 3, 2)));
                awaitABackendWaitingForALock(first);
                first.commit();

                ExecutionException lost = assertThrows(ExecutionException.class,
                        () -> second.get(WAIT.toSeconds(), TimeUnit.SECONDS));
                assertInstanceOf(CoverageAcceptException.class, lost.getCause());
            }
            List<CoverageAssignment> stored = other.withHandle(h -> h.attach(CoverageDao.class).findBetween(day, day));
            assertEquals(1, stored.size(), stored.toString());
            assertEquals(f.olson, stored.get(0).roverId());
            assertEquals(f.cen, stored.get(0).schoolId());
        } finally {
            desk.close();
        }
    }

    @Test
    void aCommitOnOneDeskReachesTheOtherDesksChangeNotifier() throws Exception {
        BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
        try (ChangeNotifier notifier = ChangeNotifier.start(otherDesk, heard::add)) {
            assertTrue(notifier.isListening());
            fixture.service.request(fixture.vacation(TimeOffFixture.march(5), TimeOffFixture.march(6)), SERGEANT);

            Set<String> tables = new java.util.TreeSet<>();
            // A bounded wait for the notification (delivered after the other desk's commit).
            for (Set<String> batch = heard.poll(WAIT.toSeconds(), TimeUnit.SECONDS); batch != null;
                 batch = tables.contains("time_off_decision") ? null : heard.poll(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                tables.addAll(batch);
            }
            assertTrue(tables.containsAll(Set.of("time_off_request", "time_off_decision")), tables.toString());
        }
    }

    /**
     * Desk A commits, then desk B: A's listener is told of B's commit only (its own came first on the
     * channel, so had it not been dropped it would be in A's first report), and B hears A's.
     */
    @Test
    void aDeskHearsTheOtherDesksCommitsButNotItsOwn() throws Exception {
        BlockingQueue<Set<String>> heardByA = new LinkedBlockingQueue<>();
        BlockingQueue<Set<String>> heardByB = new LinkedBlockingQueue<>();
        try (ChangeNotifier a = ChangeNotifier.start(fixture.database, heardByA::add);
             ChangeNotifier b = ChangeNotifier.start(otherDesk, heardByB::add)) {
            fixture.service.request(fixture.vacation(TimeOffFixture.march(5), TimeOffFixture.march(6)), SERGEANT);
            assertTrue(collect(heardByB, "time_off_decision").containsAll(Set.of("time_off_request", "time_off_decision")));

            otherDesk.useTransaction(h -> h.execute("INSERT INTO app_setting (name, setting_value) VALUES ('desk.b', 'x')"));
            Set<String> first = heardByA.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(Set.of("app_setting"), first, "A's first report is B's commit, without A's own");
            assertEquals(null, heardByB.poll(1, TimeUnit.SECONDS), "B does not hear its own commit");
        }
    }

    @Test
    void aNotificationWithoutADeskNameAsAnEarlierVersionSentItIsHeardByEveryDesk() throws Exception {
        BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
        try (ChangeNotifier notifier = ChangeNotifier.start(fixture.database, heard::add)) {
            fixture.database.useTransaction(h -> h.execute("NOTIFY srodesk_changes, 'school'"));
            assertEquals(Set.of("school"), heard.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    /** Bounded wait until {@code last} has been reported; returns every table reported until then. */
    private static Set<String> collect(BlockingQueue<Set<String>> heard, String last) throws InterruptedException {
        Set<String> tables = new java.util.TreeSet<>();
        for (Set<String> batch = heard.poll(WAIT.toSeconds(), TimeUnit.SECONDS); batch != null;
             batch = tables.contains(last) ? null : heard.poll(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            tables.addAll(batch);
        }
        return tables;
    }

    @Test
    void anEmbeddedFileHasNoOtherDeskToHearFrom() {
        try (Database h2 = TestDatabases.open(Backend.H2, "alone");
             ChangeNotifier notifier = ChangeNotifier.start(h2, tables -> { })) {
            assertFalse(notifier.isListening());
        }
    }

    /**
     * Waits (bounded, without sleeping) until some backend of this database waits for a row or
     * index lock — the other desk blocked behind {@code holder}'s uncommitted write.
     */
    private static void awaitABackendWaitingForALock(Handle holder) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Handle observer = holder.getJdbi().open()) {
            while (observer.createQuery("SELECT COUNT(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock'").mapTo(Integer.class).one() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The other desk never waited for the lock");
                }
                Thread.onSpinWait();
            }
        }
    }
}
