package org.srodesk.ui.shell;

import java.util.Optional;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.domain.account.Permission;

/**
 * The screens the main window navigates between, in navigation order (Ctrl+1 … Ctrl+9). Each screen's
 * view is registered in a {@link ScreenRegistry}; until it is, a placeholder names the issue that
 * builds it.
 */
public enum Screen {
    ROSTER("Roster", "Roster calendar", Material2OutlinedAL.CALENDAR_TODAY, 3,
            "Officers × days by week and month: where each officer is, time off, coverage and reassignments."),
    COVERAGE("Coverage", "Coverage planner", Material2OutlinedMZ.SECURITY, 5,
            "High-school days without their SRO, a proposed rover for each, the rover reserve and the 911 days."),
    TIME_OFF("Time off", "Time off", Material2OutlinedAL.EVENT_BUSY, 4,
            "Requests, policy findings, approve or deny with a reason, and the principal's notice."),
    REASSIGNMENTS("Reassignments", "Reassignments", Material2OutlinedMZ.SWAP_HORIZ, 6,
            "Temporary reassignments ordered by command staff: who ordered them, why, for which dates."),
    DEPLOYMENT("Deployment", "Deployment review", Material2OutlinedAL.INSIGHTS, 7,
            "For the commander: calls for service against coverage per school, and the rover-count what-if."),
    EXPORT("Export", "Principal roster export", Material2OutlinedMZ.PICTURE_AS_PDF, 8,
            "One PDF per school per month for principals: their SRO, who covers which days, when to call 911."),
    COMPLIANCE("Compliance", "Unit compliance", Material2OutlinedAL.FACT_CHECK, 15,
            "Training per officer and course, monthly logs, unit-meeting attendance, what is overdue, and the annual review."),
    AUDIT("Audit", "Audit log", Material2OutlinedMZ.POLICY, 11,
            "Who did what and when: every write, sign-in and export, filtered by user, record and period; CSV export."),
    ACCOUNTS("Accounts", "Accounts and settings", Material2OutlinedAL.ADMIN_PANEL_SETTINGS, 11,
            "The people who sign in, their roles, password resets and unlocks, and the session lock.");

    private final String navigationLabel;
    private final String title;
    private final Ikon icon;
    private final int issue;
    private final String purpose;

    Screen(String navigationLabel, String title, Ikon icon, int issue, String purpose) {
        this.navigationLabel = navigationLabel;
        this.title = title;
        this.icon = icon;
        this.issue = issue;
        this.purpose = purpose;
    }

    /** The short label of the navigation and the View menu. */
    public String navigationLabel() {
        return navigationLabel;
    }

    /** The screen's full name, e.g. "Roster calendar". */
    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The issue in the tracker that builds this screen. */
    public int issue() {
        return issue;
    }

    /** One sentence on what the screen is for. */
    public String purpose() {
        return purpose;
    }

    /** The digit of its keyboard shortcut: 1 for the first screen. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    /**
     * The permission a role needs to see this screen at all (hidden from the navigation and the View menu
     * otherwise); empty for the screens every role may read.
     */
    public Optional<Permission> requiredPermission() {
        return switch (this) {
            case AUDIT -> Optional.of(Permission.VIEW_AUDIT);
            case ACCOUNTS -> Optional.of(Permission.MANAGE_ACCOUNTS);
            default -> Optional.empty();
        };
    }

    /** The lower-case id used for node ids and style classes, e.g. "time-off". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
