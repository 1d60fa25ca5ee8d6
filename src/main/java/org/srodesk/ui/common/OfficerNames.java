package org.srodesk.ui.common;

import org.srodesk.domain.Officer;

/** How officers are named in lists and pickers. */
public final class OfficerNames {

    private OfficerNames() {
    }

    /** "Lee, Pat (#4127)": roster rows and pickers, sortable by surname, findable by badge. */
    public static String withBadge(Officer officer) {
        return officer.sortName() + " (#" + officer.badge() + ")";
    }

    /** "Ofc. Pat Lee": headings and letters. */
    public static String formal(Officer officer) {
        return officer.displayName();
    }
}
