package org.srodesk.service.audit;

import java.nio.file.Path;

/** A finished CSV export of the audit log: where it was written and how many rows it holds (header excluded). */
public record AuditExport(Path file, long rows) {
}
