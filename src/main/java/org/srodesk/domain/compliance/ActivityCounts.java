package org.srodesk.domain.compliance;

/**
 * What a monthly log reports: informational sessions by topic, Problem Pupil Committee meetings,
 * PTA / school advisory council meetings, and reports taken for the district. Never negative.
 */
public record ActivityCounts(int gangs, int drugs, int cyberBullying, int sexting, int criminalJustice,
                             int ppcMeetings, int ptaMeetings, int reportsTaken) {

    public static final ActivityCounts ZERO = new ActivityCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public ActivityCounts {
        for (int count : new int[] {gangs, drugs, cyberBullying, sexting, criminalJustice, ppcMeetings, ptaMeetings,
                reportsTaken}) {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
        }
    }

    public int sessions(SessionTopic topic) {
        return switch (topic) {
            case GANGS -> gangs;
            case DRUGS -> drugs;
            case CYBER_BULLYING -> cyberBullying;
            case SEXTING -> sexting;
            case CRIMINAL_JUSTICE -> criminalJustice;
        };
    }

    public int totalSessions() {
        return gangs + drugs + cyberBullying + sexting + criminalJustice;
    }

    public ActivityCounts plus(ActivityCounts other) {
        return new ActivityCounts(gangs + other.gangs, drugs + other.drugs, cyberBullying + other.cyberBullying,
                sexting + other.sexting, criminalJustice + other.criminalJustice, ppcMeetings + other.ppcMeetings,
                ptaMeetings + other.ptaMeetings, reportsTaken + other.reportsTaken);
    }
}
