package org.srodesk.ui.coverage;

import java.time.LocalDate;

/**
 * The rover reserve of one day, for the strip under the plan.
 *
 * @param atMinimum the free rovers are down to the required reserve (or there are none): no
 *                  further absence can be covered that day
 */
public record ReserveTile(LocalDate date, String day, int onDuty, int covering, int free, int required,
                          boolean atMinimum) {

    /** "4 on duty · 2 covering · 2 free (min 1)". */
    public String summary() {
        return onDuty + " on duty · " + covering + " covering · " + free + " free (min " + required + ")";
    }
}
