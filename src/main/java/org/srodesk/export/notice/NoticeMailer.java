package org.srodesk.export.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivers a {@link NoticeDraft}: through an SMTP server (Jakarta Mail, Eclipse Angus), or as an
 * {@code .eml} file a mail client opens. The SMTP password is passed in for each send and never
 * kept here.
 */
public final class NoticeMailer {

    private static final int TIMEOUT_MS = 15_000;

    /**
     * Sends {@code draft} through {@code smtp}.
     *
     * @param password the SMTP password, or null when the server needs none; not stored
     * @throws MessagingException when the server cannot be reached or refuses the message
     */
    public void send(NoticeDraft draft, SmtpSettings smtp, char[] password) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        Authenticator authenticator = null;
        if (smtp.needsPassword()) {
            properties.put("mail.smtp.auth", "true");
            String secret = password == null ? "" : new String(password);
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.user(), secret);
                }
            };
        }
        Session session = Session.getInstance(properties, authenticator);
        Transport.send(message(session, draft, smtp.sender()));
    }

    /**
     * Writes {@code draft} as {@code notice-<id>.eml} in {@code folder} (created if needed).
     *
     * @return the file written
     */
    public Path writeEml(NoticeDraft draft, String sender, Path folder, long noticeId)
            throws IOException, MessagingException {
        Files.createDirectories(folder);
        Path file = folder.resolve("notice-" + noticeId + ".eml");
        MimeMessage message = message(Session.getInstance(new Properties()), draft, sender);
        // Opened by mail clients as a draft to send, not as a received message.
        message.setHeader("X-Unsent", "1");
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            message.writeTo(out);
        }
        return file;
    }

    private static MimeMessage message(Session session, NoticeDraft draft, String sender) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(sender));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(draft.recipient(), true));
        message.setSubject(draft.subject(), "UTF-8");
        message.setText(draft.body(), "UTF-8");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }
}
