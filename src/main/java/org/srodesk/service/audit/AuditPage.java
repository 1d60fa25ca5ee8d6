package org.srodesk.service.audit;

import java.util.List;

import org.srodesk.domain.account.AuditEntry;

/**
 * The newest rows matching a filter, and how many match in all.
 *
 * @param rows  newest first, at most the filter's limit
 * @param total every matching row, so the screen can say "showing the newest 5,000 of 12,345"
 */
public record AuditPage(List<AuditEntry> rows, long total) {

    public AuditPage {
        rows = List.copyOf(rows);
        total = Math.max(total, rows.size());
    }

    /** True when more rows match than are shown. */
    public boolean truncated() {
        return total > rows.size();
    }
}
