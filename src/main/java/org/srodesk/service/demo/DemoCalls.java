package org.srodesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.srodesk.domain.CallsForService;
import org.srodesk.domain.School;

/**
 * Daily calls for service per school on school days, as a CAD export would give them: high
 * schools about 1–2 a day, middle schools about 0.5, elementary schools about 0.1, each scaled by
 * the school's persistent busyness. Only days with at least one call are emitted.
 */
final class DemoCalls {

    private final DemoSchoolCalendar calendar;
    private final SplittableRandom random;

    DemoCalls(DemoSchoolCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
    }

    /** Emits rows in batches of about {@code batchSize}, day by day, schools in list order. */
    void generate(List<School> schools, double[] busyness, int batchSize, Consumer<List<CallsForService>> sink) {
        List<LocalDate> days = calendar.sessionDays(DemoClock.CALLS_FROM, DemoClock.CALLS_TO);
        double[] means = new double[schools.size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = baseMean(schools.get(i)) * busyness[i];
        }
        ArrayList<CallsForService> batch = new ArrayList<>(batchSize + schools.size());
        for (LocalDate day : days) {
            for (int i = 0; i < means.length; i++) {
                int count = poisson(random, means[i]);
                if (count > 0) {
                    batch.add(new CallsForService(schools.get(i).id(), day, count));
                }
            }
            if (batch.size() >= batchSize) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    /** How many school days the calls cover (for progress reports). */
    int dayCount() {
        return calendar.sessionDays(DemoClock.CALLS_FROM, DemoClock.CALLS_TO).size();
    }

    private static double baseMean(School school) {
        return switch (school.level()) {
            case HIGH -> 1.5;
            case JUNIOR_HIGH -> 0.6;
            case MIDDLE -> 0.5;
            case ELEMENTARY -> 0.1;
        };
    }

    /** A Poisson-distributed count (Knuth's method: fine for the small means used here). */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
