package org.srodesk.domain.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * The four roles of the unit (least privilege: each has what its job needs and nothing else).
 *
 * <ul>
 *   <li>SERGEANT — all scheduling: assignments, time off, coverage, reassignments, imports, compliance,
 *       notices, exports, backing up.</li>
 *   <li>COMMANDER — reviews deployment, saves what-ifs, records reassignments, exports, reads the audit log.</li>
 *   <li>VIEWER — reads every screen, writes nothing and exports nothing.</li>
 *   <li>ADMIN — accounts and settings, backups and restore, the audit log; no scheduling.</li>
 * </ul>
 */
public enum Role {
    SERGEANT("Sergeant", EnumSet.of(Permission.SCHEDULE, Permission.RECORD_REASSIGNMENT, Permission.EXPORT,
            Permission.BACK_UP)),
    COMMANDER("Commander", EnumSet.of(Permission.DEPLOYMENT_WHAT_IF, Permission.RECORD_REASSIGNMENT,
            Permission.EXPORT, Permission.VIEW_AUDIT)),
    VIEWER("Viewer", EnumSet.noneOf(Permission.class)),
    ADMIN("Administrator", EnumSet.of(Permission.MANAGE_ACCOUNTS, Permission.CHANGE_SETTINGS, Permission.BACK_UP,
            Permission.VIEW_AUDIT));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
