package org.srodesk.service.audit;

/** The audit log could not be written to the chosen file; nothing was written there and no audit row was kept. */
public final class AuditExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AuditExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
