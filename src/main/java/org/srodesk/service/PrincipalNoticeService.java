package org.srodesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.srodesk.domain.account.Permission;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.export.notice.NoticeDraft;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.export.notice.SmtpSettings;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.PrincipalNoticeDao;

/**
 * Delivers the principal notices that {@link TimeOffService} queued with its decisions: through
 * the SMTP server configured in settings, or — when none is configured — as {@code .eml} files in
 * {@link #folder()} for the sergeant to open in a mail client.
 *
 * <p>Delivery happens after the decision committed and outside any transaction; the result is
 * recorded in the outbox afterwards. A failed send leaves the notice in the outbox (status
 * FAILED, with the error) to be retried by {@link #deliver} or {@link #retryPending}.
 *
 * <p><b>The SMTP password is never stored</b>, neither in the database nor on disk: the user types it
 * when a notice is sent and it is kept in this object's memory for the session only
 * ({@link #rememberPassword}), until {@link #forgetPassword} or the application closes.
 *
 * <p>Sending needs {@link Permission#SCHEDULE} (checked before anything is read or sent); each
 * delivery attempt that changes the outbox records one {@code audit_log} row (entity
 * {@code principal_notice}, action SEND or SEND_FAILED) in the transaction that marks the notice. The
 * mail settings themselves are {@link TimeOffSettingsService#save}'s (change settings).
 */
public final class PrincipalNoticeService {

    private final Database database;
    private final TimeOffSettingsService settings;
    private final NoticeMailer mailer;
    private final Path folder;
    private final Clock clock;
    private char[] sessionPassword;

    /** @param folder where notices are written as .eml files when no SMTP server is configured */
    public PrincipalNoticeService(Database database, TimeOffSettingsService settings, NoticeMailer mailer,
                                  Path folder, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder of .eml files. */
    public Path folder() {
        return folder;
    }

    /** Notices still to deliver, oldest first. */
    public List<PrincipalNotice> pending() {
        return database.withHandle(h -> h.attach(PrincipalNoticeDao.class).findPending());
    }

    public List<PrincipalNotice> forRequest(long requestId) {
        return database.withHandle(h -> h.attach(PrincipalNoticeDao.class).findByRequest(requestId));
    }

    /** Whether sending now would need a password that this session does not hold. */
    public synchronized boolean needsPassword() {
        SmtpSettings smtp = settings.load().smtp();
        return smtp.needsPassword() && sessionPassword == null;
    }

    /** Keeps the SMTP password in memory for this session only; never written anywhere. */
    public synchronized void rememberPassword(char[] password) {
        forgetPassword();
        sessionPassword = password == null ? null : password.clone();
    }

    public synchronized void forgetPassword() {
        if (sessionPassword != null) {
            Arrays.fill(sessionPassword, '\0');
        }
        sessionPassword = null;
    }

    /**
     * Delivers notice {@code id} now: SMTP when configured, else an .eml file. Never throws for a
     * delivery problem: the notice is marked FAILED (and stays queued) and the result says why.
     */
    public DeliveryResult deliver(long id, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        PrincipalNotice notice = database.withHandle(h -> h.attach(PrincipalNoticeDao.class).findById(id))
                .orElseThrow(() -> new IllegalArgumentException("No notice " + id));
        if (!notice.status().isPending()) {
            return new DeliveryResult(notice, DeliveryResult.Outcome.ALREADY_DELIVERED,
                    "Already " + notice.status().label().toLowerCase() + ".");
        }
        SmtpSettings smtp = settings.load().smtp();
        NoticeDraft draft = new NoticeDraft(notice.recipient(), notice.subject(), notice.body());
        if (!smtp.isConfigured()) {
            try {
                Path file = mailer.writeEml(draft, smtp.sender(), folder, notice.id());
                return record(actor, notice, NoticeStatus.SAVED, file.toString(), null,
                        "Saved as " + file + ": open it in your mail client and send it.");
            } catch (Exception e) {
                return record(actor, notice, NoticeStatus.FAILED, "", reason(e),
                        "Could not write the notice file: " + reason(e));
            }
        }
        char[] password;
        synchronized (this) {
            if (smtp.needsPassword() && sessionPassword == null) {
                return new DeliveryResult(notice, DeliveryResult.Outcome.NEEDS_PASSWORD,
                        "Enter the password of " + smtp.user() + " on " + smtp.host() + " to send.");
            }
            password = sessionPassword == null ? null : sessionPassword.clone();
        }
        try {
            mailer.send(draft, smtp, password);
            return record(actor, notice, NoticeStatus.SENT, smtp.describe(), null,
                    "Sent to " + notice.recipient() + " through " + smtp.describe() + ".");
        } catch (Exception e) {
            return record(actor, notice, NoticeStatus.FAILED, "", reason(e),
                    "Not sent: " + reason(e) + " The notice stays in the outbox and will be retried.");
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Tries every pending notice once, oldest first; stops asking when a password is needed. */
    public List<DeliveryResult> retryPending(Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        List<DeliveryResult> results = new ArrayList<>();
        for (PrincipalNotice notice : pending()) {
            DeliveryResult result = deliver(notice.id(), actor);
            results.add(result);
            if (result.outcome() == DeliveryResult.Outcome.NEEDS_PASSWORD) {
                break;
            }
        }
        return results;
    }

    private DeliveryResult record(Actor actor, PrincipalNotice notice, NoticeStatus status, String deliveredTo,
                                  String error, String message) {
        int rows = database.inTransaction(h -> {
            PrincipalNoticeDao dao = h.attach(PrincipalNoticeDao.class);
            int marked = status == NoticeStatus.FAILED
                    ? dao.markFailed(notice.id(), notice.version(), error)
                    : dao.markDelivered(notice.id(), notice.version(), status, deliveredTo, clock.instant());
            if (marked > 0) {
                AuditLog.record(h, actor, status == NoticeStatus.FAILED ? "SEND_FAILED" : "SEND", "principal_notice",
                        notice.id(), auditState(notice), auditState(dao.findById(notice.id()).orElseThrow()));
            }
            return marked;
        });
        PrincipalNotice now = database.withHandle(h -> h.attach(PrincipalNoticeDao.class).findById(notice.id()))
                .orElseThrow();
        if (rows == 0) {
            return new DeliveryResult(now, DeliveryResult.Outcome.ALREADY_DELIVERED,
                    "Another desk handled this notice at the same time.");
        }
        DeliveryResult.Outcome outcome = switch (status) {
            case SENT -> DeliveryResult.Outcome.SENT;
            case SAVED -> DeliveryResult.Outcome.SAVED;
            default -> DeliveryResult.Outcome.FAILED;
        };
        return new DeliveryResult(now, outcome, message);
    }

    private static String auditState(PrincipalNotice n) {
        return AuditLog.state("status", n.status(), "recipient", n.recipient(), "attempts", n.attempts(),
                "delivered_to", n.deliveredTo(), "error", n.lastError());
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        text = text.strip();
        if (text.length() > 500) {
            text = text.substring(0, 497) + "…";
        }
        return text.endsWith(".") ? text : text + ".";
    }
}
