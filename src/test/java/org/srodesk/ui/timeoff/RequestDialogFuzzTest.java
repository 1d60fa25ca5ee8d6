package org.srodesk.ui.timeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.DistrictService;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.DirectTaskRunner;

/**
 * The request dialog's validation under fuzzed input (hours typed as any text, dates anywhere,
 * huge notes): checking a field never throws, and submitting always ends one way — errors next to
 * fields, a problem sentence, or the request entered — with nothing half-written.
 */
class RequestDialogFuzzTest {

    private final TimeOffFixture fixture = new TimeOffFixture();
    private final List<Officer> officers = new DistrictService(fixture.database).officers();

    @AfterProperty
    void close() {
        fixture.close();
    }

    @Property(tries = 300)
    void anyTypedInputEndsInFieldErrorsAProblemOrAnEnteredRequest(
            @ForAll("hours") String from, @ForAll("hours") String to, @ForAll("days") int startDay,
            @ForAll("days") int length, @ForAll boolean partial, @ForAll("notes") String note) {
        RequestDialogViewModel vm = new RequestDialogViewModel(fixture.service, new DirectTaskRunner(),
                TimeOffFixture.SERGEANT, officers);
        vm.officerProperty().set(officers.get(Math.floorMod(startDay, officers.size())));
        vm.kindProperty().set(TimeOffKind.values()[Math.floorMod(length, TimeOffKind.values().length)]);
        vm.startDateProperty().set(LocalDate.of(2026, 3, 1).plusDays(startDay));
        vm.endDateProperty().set(LocalDate.of(2026, 3, 1).plusDays(startDay + length));
        vm.partialDayProperty().set(partial);
        vm.fromTimeProperty().set(from);
        vm.toTimeProperty().set(to);
        vm.noteProperty().set(note);
        for (String field : List.of(TimeOffDraft.OFFICER, TimeOffDraft.KIND, TimeOffDraft.START, TimeOffDraft.END,
                TimeOffDraft.HOURS, TimeOffDraft.NOTE)) {
            vm.errorFor(field); // never throws
        }
        int before = fixture.count("time_off_request");
        List<DecisionOutcome> done = new ArrayList<>();
        vm.submit(done::add);
        int after = fixture.count("time_off_request");
        if (!done.isEmpty()) {
            assertEquals(before + 1, after);
            Statistics.label("outcome").collect("entered");
        } else {
            assertEquals(before, after, "nothing written");
            assertTrue(!vm.fieldErrors().isEmpty() || !vm.problemProperty().get().isEmpty(),
                    "a refusal says why, next to a field or as a problem");
            Statistics.label("outcome").collect(vm.fieldErrors().isEmpty() ? "problem" : "field errors");
        }
    }

    @Provide
    Arbitrary<String> hours() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("08:00", "8:00", "12:00", "23:59", "24:00", "7:5", "12.00", " 09:30 ", "", "noon"));
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-60, 120);
    }

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars('n', '😀', '\u0000').ofMinLength(1_999).ofMaxLength(5_000));
    }
}
