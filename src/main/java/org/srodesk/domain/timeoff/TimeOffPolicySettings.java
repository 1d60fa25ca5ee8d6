package org.srodesk.domain.timeoff;

/**
 * The sergeant's time-off thresholds.
 *
 * @param extendedSchoolDays N: vacation or personal time covering more than this many consecutive
 *                           school days is an extended absence in session and needs a justification
 * @param noticeDays         M: planned time off starting fewer than this many days after the day it
 *                           is requested (or looked at) is late notice
 */
public record TimeOffPolicySettings(int extendedSchoolDays, int noticeDays) {

    public static final TimeOffPolicySettings DEFAULTS = new TimeOffPolicySettings(3, 7);

    public TimeOffPolicySettings {
        if (extendedSchoolDays < 1) {
            throw new IllegalArgumentException("An extended absence is more than at least 1 school day, not "
                    + extendedSchoolDays);
        }
        if (noticeDays < 0) {
            throw new IllegalArgumentException("Notice cannot be negative: " + noticeDays);
        }
    }
}
