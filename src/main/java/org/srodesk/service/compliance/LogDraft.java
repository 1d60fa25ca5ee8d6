package org.srodesk.service.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly log as entered. Counts are boxed so that a blank field can be told from zero; a null
 * count is read as 0. {@code version}: the version of the log being corrected, null for a new one.
 */
public record LogDraft(Long officerId, YearMonth month, LocalDate receivedOn, Integer gangs, Integer drugs,
                       Integer cyberBullying, Integer sexting, Integer criminalJustice, Integer ppcMeetings,
                       Integer ptaMeetings, Integer reportsTaken, String note, Integer version) {

    public static final String OFFICER = "officer";
    public static final String MONTH = "month";
    public static final String RECEIVED = "received";
    public static final String GANGS = "gangs";
    public static final String DRUGS = "drugs";
    public static final String CYBER = "cyber";
    public static final String SEXTING = "sexting";
    public static final String JUSTICE = "justice";
    public static final String PPC = "ppc";
    public static final String PTA = "pta";
    public static final String REPORTS = "reports";

    /** The count fields in form order, as field name → value. */
    public List<Object[]> counts() {
        return List.of(new Object[] {GANGS, gangs}, new Object[] {DRUGS, drugs}, new Object[] {CYBER, cyberBullying},
                new Object[] {SEXTING, sexting}, new Object[] {JUSTICE, criminalJustice}, new Object[] {PPC, ppcMeetings},
                new Object[] {PTA, ptaMeetings}, new Object[] {REPORTS, reportsTaken});
    }
}
