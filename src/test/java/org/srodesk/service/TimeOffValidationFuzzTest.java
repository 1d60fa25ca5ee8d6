package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

import org.srodesk.domain.TimeOffKind;
import org.srodesk.testing.TimeOffFixture;

/**
 * Fuzzed time-off requests through {@link TimeOffService#request}: missing and unknown officers,
 * missing kinds and dates, dates far outside the calendar or reversed, odd partial-day hours, huge
 * and strange notes. Each is either entered (one request more) or refused with a
 * {@link ValidationException} naming its fields, with nothing written; never anything else.
 */
class TimeOffValidationFuzzTest {

    private final TimeOffFixture fixture = new TimeOffFixture();

    @AfterProperty
    void close() {
        fixture.close();
    }

    @Property(tries = 300)
    void aRequestIsEnteredOrRefusedFieldByFieldAndNeverHalfWritten(@ForAll("drafts") TimeOffDraft draft) {
        int requests = fixture.count("time_off_request");
        int decisions = fixture.count("time_off_decision");
        try {
            fixture.service.request(draft, TimeOffFixture.SERGEANT);
            assertEquals(requests + 1, fixture.count("time_off_request"));
            Statistics.label("outcome").collect("entered");
        } catch (ValidationException refused) {
            assertFalse(refused.errors().isEmpty());
            refused.errors().forEach(e -> assertTrue(List.of(TimeOffDraft.OFFICER, TimeOffDraft.KIND,
                    TimeOffDraft.START, TimeOffDraft.END, TimeOffDraft.HOURS, TimeOffDraft.NOTE).contains(e.field())
                    && !e.message().isBlank(), e.toString()));
            assertEquals(requests, fixture.count("time_off_request"), "nothing written");
            assertEquals(decisions, fixture.count("time_off_decision"), "nothing written");
            Statistics.label("outcome").collect("refused: " + refused.errors().get(0).field());
        }
    }

    @Provide
    Arbitrary<TimeOffDraft> drafts() {
        Arbitrary<Long> officer = Arbitraries.of(fixture.lee, fixture.roverA, fixture.roverB, 999_999L, -1L, 0L)
                .injectNull(0.1);
        Arbitrary<TimeOffKind> kind = Arbitraries.of(TimeOffKind.class).injectNull(0.1);
        Arbitrary<LocalDate> date = Arbitraries.oneOf(
                Arbitraries.integers().between(-40, 120).map(d -> LocalDate.of(2026, 3, 1).plusDays(d)),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31)))
                .injectNull(0.1);
        Arbitrary<LocalTime> time = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
                Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON)).injectNull(0.6);
        Arbitrary<String> note = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars('x', '\u0000', '😀', '\n', '\'').ofMinLength(1_990).ofMaxLength(6_000),
                Arbitraries.of("", "  ", "'; DROP TABLE officer; --")).injectNull(0.05);
        return Combinators.combine(officer, kind, date, date, time, time, note).as(TimeOffDraft::new);
    }
}
