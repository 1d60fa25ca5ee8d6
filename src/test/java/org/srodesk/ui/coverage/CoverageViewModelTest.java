package org.srodesk.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.CoverageService;
import org.srodesk.service.RosterService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.CoverageFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The coverage view model on a real H2 database, with work run on the calling thread and no toolkit. */
class CoverageViewModelTest {

    private static final LocalDate TODAY = CoverageFixture.MARCH_2;

    private Database db;
    private CoverageFixture f;
    private CoverageService service;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakePrompts prompts = new FakePrompts();
    private CoverageViewModel vm;

    /** Answers the screen's questions from queues and records what was offered. */
    static final class FakePrompts implements CoveragePrompts {
        final Deque<Optional<Long>> roverAnswers = new ArrayDeque<>();
        final Deque<Optional<ManualNeedInput>> needAnswers = new ArrayDeque<>();
        final List<List<RoverChoice>> offered = new ArrayList<>();
        /** With no queued answer: pick the offered rover at this index (-1: cancel). */
        int pick = -1;

        @Override
        public Optional<Long> chooseRover(String title, String message, List<RoverChoice> choices) {
            offered.add(choices);
            if (!roverAnswers.isEmpty()) {
                return roverAnswers.pop();
            }
            return pick < 0 ? Optional.empty() : Optional.of(choices.get(pick).roverId());
        }

        @Override
        public Optional<ManualNeedInput> askManualNeed(List<SchoolChoice> schools, LocalDate suggested, DateRange period) {
            return needAnswers.isEmpty() ? Optional.empty() : needAnswers.pop();
        }
    }

    @BeforeEach
    void setUp() {
        db = Database.openInMemory("coverage-vm-" + System.nanoTime());
        f = CoverageFixture.create(db);
        service = new CoverageService(db, new RosterService(db));
        vm = new CoverageViewModel(service, tasks, dialogs, prompts, new Actor("sgt", "Sgt.", Role.SERGEANT), () -> TODAY);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CoverageRow school(String code) {
        return vm.rows().stream().filter(r -> r.label().startsWith(code + " ")).findFirst().orElseThrow();
    }

    private CoverageRow day(String code, LocalDate date) {
        return school(code).children().stream().flatMap(b -> b.children().stream())
                .filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private List<CoverageAssignment> stored() {
        return db.withHandle(h -> h.attach(CoverageDao.class).findBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void replanShowsNeedDaysGroupedBySchoolAndAbsenceWithARoverEach() {
        vm.replan();

        assertEquals(List.of("CEN · Central High", "HAR · Harding High"), vm.rows().stream().map(CoverageRow::label).toList());
        CoverageRow vacation = school("CEN").children().get(0);
        assertEquals("Ofc. Linh Nguyen — Vacation", vacation.label());
        assertEquals(5, vacation.children().size());
        assertTrue(vacation.children().stream().allMatch(d -> d.source().equals("Proposed") && !d.why().isBlank()));
        assertEquals("March 2026", vm.periodLabelProperty().get());
        assertTrue(vm.totalsProperty().get().startsWith("8 need-days · 8 covered · 0 call 911"));
        assertFalse(vm.reserves().isEmpty());
        assertFalse(tasks.isBusy());
    }

    @Test
    void aDayWithoutARoverSaysCall911WithTheReason() {
        vm.reserveRoversProperty().set(3);
        vm.applySettings();

        CoverageRow uncovered = day("CEN", CoverageFixture.MARCH_9);
        assertEquals(CoverageRow.NO_SRO, uncovered.rover());
        assertTrue(uncovered.uncovered());
        assertFalse(uncovered.why().isBlank());
        assertEquals(new CoverageSettings(3, 3, true), service.settings());
        assertTrue(vm.reserves().stream().anyMatch(ReserveTile::atMinimum));
    }

    @Test
    void pinningARoverToADayOffersOnlyRoversFreeThatDayAndKeepsThePin() {
        vm.replan();
        LocalDate day = LocalDate.of(2026, 3, 11);
        String proposedHar = day("HAR", day).rover();
        String proposedCen = day("CEN", day).rover();
        long idle = idleWestRover(proposedHar, proposedCen);
        vm.selectedProperty().set(day("HAR", day));
        prompts.roverAnswers.push(Optional.of(idle));

        vm.pinSelected();

        List<Long> offered = prompts.offered.get(0).stream().map(CoveragePrompts.RoverChoice::roverId).toList();
        assertEquals(3, offered.size(), "Diaz, HAR's own proposed rover, and the West rover covering nothing; not CEN's");
        assertEquals(f.diaz, offered.get(0), "the school's own zone first");
        CoverageRow pinned = day("HAR", day);
        assertEquals("Pinned", pinned.source());
        assertTrue(!pinned.rover().equals(proposedHar) && !pinned.rover().equals(proposedCen));
        assertTrue(offered.contains(idle));
        assertEquals(1, vm.pins().size());
        assertTrue(vm.conflicts().isEmpty());
    }

    private long idleWestRover(String... busy) {
        List<String> taken = List.of(busy);
        if (!taken.contains("Ofc. Kari Olson")) {
            return f.olson;
        }
        return taken.contains("Ofc. Sam Berg") ? f.kim : f.berg;
    }

    @Test
    void aPinThatWouldBreakTheReserveIsListedAsAConflict() {
        vm.replan();
        vm.selectedProperty().set(day("HAR", LocalDate.of(2026, 3, 11)));
        prompts.roverAnswers.push(Optional.of(f.diaz));

        vm.pinSelected();

        assertEquals(1, vm.conflicts().size(), "Diaz is the East's only rover: its reserve");
        assertEquals("Proposed", day("HAR", LocalDate.of(2026, 3, 11)).source());
    }

    @Test
    void clearingAPinReturnsTheDayToTheProposal() {
        vm.replan();
        vm.selectedProperty().set(day("HAR", LocalDate.of(2026, 3, 11)));
        prompts.roverAnswers.push(Optional.of(idleWestRover(day("HAR", LocalDate.of(2026, 3, 11)).rover(),
                day("CEN", LocalDate.of(2026, 3, 11)).rover())));
        vm.pinSelected();
        assertEquals("Pinned", day("HAR", LocalDate.of(2026, 3, 11)).source());

        vm.selectedProperty().set(day("HAR", LocalDate.of(2026, 3, 11)));
        vm.clearPinOfSelected();

        assertTrue(vm.pins().isEmpty());
        assertEquals("Proposed", day("HAR", LocalDate.of(2026, 3, 11)).source());
    }

    @Test
    void pinningAWholeAbsenceGivesEveryRemainingDayThatRover() {
        vm.replan();
        vm.selectedProperty().set(school("CEN").children().get(0));
        prompts.roverAnswers.push(Optional.of(f.kim));

        vm.pinSelected();

        assertTrue(school("CEN").children().get(0).children().stream()
                .allMatch(d -> d.rover().equals("Ofc. Ada Kim") && d.source().equals("Pinned")));
    }

    @Test
    void acceptAsksWithTheCountsThenWritesAndShowsTheCoverageAsAccepted() {
        vm.replan();
        dialogs.confirmAnswer = true;

        vm.accept();

        assertTrue(dialogs.shown.stream().anyMatch(s -> s.message().contains("to write: 8 coverage assignments (8 proposed, 0 pinned)")));
        assertEquals(8, stored().size());
        assertTrue(vm.statusProperty().get().contains("8 added"));
        assertTrue(vm.rows().stream().flatMap(s -> s.children().stream()).flatMap(b -> b.children().stream())
                .allMatch(d -> d.source().equals("Accepted")));
    }

    @Test
    void cancellingTheAcceptQuestionWritesNothing() {
        vm.replan();
        dialogs.confirmAnswer = false;

        vm.accept();

        assertTrue(stored().isEmpty());
    }

    @Test
    void aManualNeedIsSavedAndPlannedAndCanBeRemoved() {
        vm.replan();
        LocalDate event = LocalDate.of(2026, 3, 20);
        prompts.needAnswers.push(Optional.of(new CoveragePrompts.ManualNeedInput(f.har, event, "Graduation")));

        vm.addManualNeed();

        CoverageRow added = day("HAR", event);
        assertEquals("Added by hand: Graduation", added.block() == null ? "" : CoverageRows.absenceLabel(vm.plannedProperty().get(), added.block()));
        assertNotNull(vm.plannedProperty().get());
        vm.selectedProperty().set(added);
        dialogs.confirmAnswer = true;
        vm.removeSelectedManualNeed();
        assertTrue(service.manualNeeds(DateRange.monthOf(event)).isEmpty());
        assertTrue(school("HAR").children().stream().flatMap(b -> b.children().stream()).noneMatch(d -> d.date().equals(event)));
    }

    @Test
    void theMonthButtonsMoveThePeriodAndPinsDoNotFollow() {
        vm.replan();
        vm.selectedProperty().set(day("HAR", LocalDate.of(2026, 3, 11)));
        prompts.pick = 0;
        vm.pinSelected();
        assertEquals(1, vm.pins().size());

        vm.nextMonth();

        assertEquals("April 2026", vm.periodLabelProperty().get());
        assertTrue(vm.pins().isEmpty());
        assertTrue(vm.rows().isEmpty(), "nobody is away in April");
    }

    @Test
    void theScreenOpensOnNextMonthInTheLastTenDaysOfAMonth() {
        assertEquals(LocalDate.of(2026, 3, 2), CoverageViewModel.firstMonthToPlan(LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 12, 1), CoverageViewModel.firstMonthToPlan(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aViewerPlansAnyPeriodButMayNotPinAddNeedsChangeSettingsOrAccept() {
        CoverageViewModel viewer = new CoverageViewModel(service, tasks, dialogs, prompts, Actors.VIEWER, () -> TODAY);
        viewer.replan();
        assertEquals(2, viewer.rows().size(), "planning is reading: the viewer sees the plan");
        assertFalse(viewer.canSchedule());

        viewer.selectedProperty().set(viewer.rows().get(1).children().get(0).children().get(0));
        prompts.pick = 0;
        viewer.pinSelected();
        prompts.needAnswers.push(Optional.of(new CoveragePrompts.ManualNeedInput(f.har, LocalDate.of(2026, 3, 20), "Fair")));
        viewer.addManualNeed();
        viewer.reserveRoversProperty().set(3);
        viewer.applySettings();
        dialogs.confirmAnswer = true;
        viewer.accept();

        assertTrue(prompts.offered.isEmpty(), "no rover was offered");
        assertEquals(1, prompts.needAnswers.size(), "no need was asked for");
        assertTrue(viewer.pins().isEmpty());
        assertTrue(dialogs.shown.isEmpty(), "not even the accept question");
        assertTrue(stored().isEmpty());
        assertTrue(service.manualNeeds(DateRange.monthOf(TODAY)).isEmpty());
        assertEquals(1, service.settings().reserveRovers(), "settings unchanged");
    }

    @Test
    void onlyASergeantSchedulesCoverage() {
        for (Role role : Role.values()) {
            CoverageViewModel screen = new CoverageViewModel(service, tasks, dialogs, prompts, Actors.of(role), () -> TODAY);
            assertEquals(role == Role.SERGEANT, screen.canSchedule(), role.name());
        }
        assertTrue(vm.canSchedule());
    }

    // ---- another desk's commit (issue 13), simulated by calling what AppContext's listener calls

    /** Another desk (its own service on the same database) accepts its plan for March. */
    private void otherDeskAcceptsMarch() {
        CoverageService other = new CoverageService(db, new RosterService(db));
        var plan = other.planPeriod(DateRange.monthOf(TODAY), List.of(), TODAY);
        other.accept(plan.plan(), plan.period(), new Actor("sgt.two", "Sgt. Two", Role.SERGEANT), TODAY);
    }

    private List<String> daySources() {
        return vm.rows().stream().flatMap(s -> s.children().stream()).flatMap(b -> b.children().stream())
                .map(CoverageRow::source).toList();
    }

    @Test
    void anotherDesksCommitReloadsThePlanKeepingTheSelectedDay() {
        vm.replan();
        CoverageRow before = day("HAR", CoverageFixture.MARCH_11);
        vm.selectedProperty().set(before);
        otherDeskAcceptsMarch();

        vm.otherDeskChanged();

        assertTrue(daySources().stream().allMatch("Accepted"::equals), daySources().toString());
        CoverageRow after = vm.selectedProperty().get();
        assertNotNull(after, "the selection is kept");
        assertTrue(after != before && after == day("HAR", CoverageFixture.MARCH_11), "the reloaded row of the same day");
        assertEquals("", vm.otherDeskNoticeProperty().get());
    }

    @Test
    void withPinsAnotherDesksCommitOnlyShowsANoticeUntilTheSergeantReloads() {
        vm.replan();
        vm.selectedProperty().set(day("HAR", CoverageFixture.MARCH_11));
        prompts.roverAnswers.push(Optional.of(f.kim));
        vm.pinSelected();
        assertEquals(1, vm.pins().size());
        otherDeskAcceptsMarch();

        vm.otherDeskChanged();

        assertEquals(CoverageViewModel.OTHER_DESK_NOTICE, vm.otherDeskNoticeProperty().get());
        assertTrue(daySources().stream().noneMatch("Accepted"::equals), "the plan being edited is not replaced");
        assertEquals(1, vm.pins().size());

        dialogs.confirmAnswer = true;
        vm.accept();
        assertTrue(dialogs.shown.stream().anyMatch(d -> d.message().startsWith("Another desk changed coverage since")),
                "accepting over the other desk's unseen change is refused");
        assertTrue(stored().stream().allMatch(c -> c.acceptedBy().equals("sgt.two")), "nothing of this desk written");

        vm.selectedProperty().set(day("CEN", CoverageFixture.MARCH_9));
        vm.reloadAfterOtherDesk();

        assertEquals("", vm.otherDeskNoticeProperty().get());
        assertTrue(daySources().contains("Accepted"), daySources().toString());
        assertEquals(1, vm.pins().size(), "Reload keeps the pins");
        assertEquals(CoverageFixture.MARCH_9, vm.selectedProperty().get().date());
        assertEquals(f.cen, vm.selectedProperty().get().schoolId());
    }

    @Test
    void settingsChangedButNotAppliedAreUnsavedEditsToo() {
        vm.replan();
        assertFalse(vm.hasUnsavedEdits());
        vm.reserveRoversProperty().set(3);
        otherDeskAcceptsMarch();

        vm.otherDeskChanged();

        assertTrue(vm.hasUnsavedEdits());
        assertEquals(CoverageViewModel.OTHER_DESK_NOTICE, vm.otherDeskNoticeProperty().get());
        assertEquals(3, vm.reserveRoversProperty().get(), "the edit is not overwritten");
    }

    @Test
    void beforeTheFirstPlanAnotherDesksCommitLoadsNothing() {
        vm.otherDeskChanged();

        assertTrue(vm.rows().isEmpty());
        assertEquals(null, vm.plannedProperty().get());
    }
}
