package org.campussms.email.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.campussms.platform.JndiNames;
import org.campussms.platform.Settings;

/**
 * Sends plain-text mail through the server's mail session ({@code wildfly-config/cli/30-mail.cli}: host, port, TLS
 * and sender address), authenticating when SMTP_USER is set.
 */
@ApplicationScoped
public class SmtpMailer {

    @Resource(lookup = JndiNames.MAIL_SESSION)
    private Session session;

    @Inject
    private Settings settings;

    /** Hands the mail to the mail server; throws when it does not take it. */
    public void send(String to, String subject, String body, Instant date) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        // The session's mail.from, i.e. MAIL_FROM.
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(Date.from(date));
        Optional<String> user = settings.smtpUser();
        if (user.isPresent()) {
            Transport.send(message, user.get(), settings.smtpPassword());
        } else {
            Transport.send(message);
        }
    }
}
