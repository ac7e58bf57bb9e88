package io.wharf.alert.channel;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/**
 * Alerts by email over SMTP (Angus Mail): the one-liner as subject, the body of {@link Alert#body()}, and the
 * idempotency key as the header {@code X-Wharf-Idempotency-Key}. Connect, read and write are bounded by the timeout.
 */
public final class EmailChannel implements Channel {
    public record Settings(String host, int port, boolean startTls, String user, String password, String from, String to,
                           Duration timeout) {
        @Override
        public String toString() {
            return "Settings[" + host + ":" + port + ", from=" + from + ", to=" + to + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    private final Settings settings;
    private final Session session;

    public EmailChannel(Settings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        String ms = Long.toString(settings.timeout().toMillis());
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.user() != null));
        this.session = Session.getInstance(p);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Alert a) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(settings.to()));
        m.setSubject(a.text(), "UTF-8");
        m.setText(a.body(), "UTF-8");
        m.setHeader(WebhookChannel.KEY_HEADER, a.idempotencyKey());
        try {
            if (settings.user() != null) {
                Transport.send(m, settings.user(), settings.password());
            } else {
                Transport.send(m);
            }
        } catch (AuthenticationFailedException e) {
            throw new Permanent("SMTP login refused for " + settings.user(), null); // the message could echo nothing secret, but be sure
        } catch (MessagingException e) {
            throw new java.io.IOException("SMTP " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }
}
