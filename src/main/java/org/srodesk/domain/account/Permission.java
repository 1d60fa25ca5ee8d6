package org.srodesk.domain.account;

/**
 * What a signed-in person may do. Every write use case in the service layer names the permission it
 * needs, and the screens hide or disable what the signed-in role lacks; reading is open to every role.
 */
public enum Permission {
    /** Assignments, time off, the coverage plan, reference-data imports, compliance records, notices. */
    SCHEDULE("schedule officers"),
    /** Recording, changing and ending reassignments. */
    RECORD_REASSIGNMENT("record reassignments"),
    /** Saving and deleting deployment what-if scenarios. */
    DEPLOYMENT_WHAT_IF("save deployment what-ifs"),
    /** Principal roster PDFs, CSV exports and the annual review PDF: data leaving the desk. */
    EXPORT("export rosters and reports"),
    /** Backing up the database now. */
    BACK_UP("back up the database"),
    /** Accounts: create, reset passwords, unlock, change roles, deactivate. */
    MANAGE_ACCOUNTS("manage accounts"),
    /** Desk settings: time-off rules, notice mail, session lock, backups kept, restoring a backup. */
    CHANGE_SETTINGS("change settings"),
    /** Reading the audit log and exporting it. */
    VIEW_AUDIT("view the audit log");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** In words, after "may not …": "record reassignments". */
    public String description() {
        return description;
    }
}
