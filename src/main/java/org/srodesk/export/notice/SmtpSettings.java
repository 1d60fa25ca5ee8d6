package org.srodesk.export.notice;

/**
 * Where notices go out: settings {@code smtp.host}, {@code smtp.port}, {@code smtp.starttls},
 * {@code smtp.user}, {@code smtp.from}. No password here: it is never stored (see
 * {@link NoticeMailer#send}).
 */
public record SmtpSettings(String host, int port, boolean startTls, String user, String from) {

    public static final SmtpSettings NONE = new SmtpSettings("", 587, true, "", "");

    public SmtpSettings {
        host = host == null ? "" : host.trim();
        user = user == null ? "" : user.trim();
        from = from == null ? "" : from.trim();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("An SMTP port is between 1 and 65535, not " + port);
        }
    }

    /** A server is configured: notices are sent, not written as files. */
    public boolean isConfigured() {
        return !host.isBlank();
    }

    /** The server asks who we are, so sending needs a password. */
    public boolean needsPassword() {
        return isConfigured() && !user.isBlank();
    }

    /** The sender address: {@code from}, else the user name when it is an address. */
    public String sender() {
        if (!from.isBlank()) {
            return from;
        }
        return user.contains("@") ? user : "sro-desk@localhost";
    }

    public String describe() {
        return host + ":" + port;
    }
}
