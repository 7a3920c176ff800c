package org.campussms.email.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.campussms.email.application.Mailer;
import org.campussms.platform.JndiNames;
import org.campussms.platform.Settings;

/**
 * Sends plain-text mail through the server's mail session ({@code wildfly-config/cli/30-mail.cli}: host, port, TLS
 * and sender address), authenticating when SMTP_USER is set. Connecting must succeed within 5 s and each read or
 * write within 15 s: without timeouts a mail server that accepts and never answers would hold a consumer forever.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(15);

    @Resource(lookup = JndiNames.MAIL_SESSION)
    private Session configured;

    @Inject
    private Settings settings;

    private Session session;

    /** The configured session's settings plus the timeouts, which WildFly's mail session does not offer. */
    @PostConstruct
    void boundTimeouts() {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
            properties.put("mail." + protocol + ".timeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
            properties.put("mail." + protocol + ".writetimeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
        }
        session = Session.getInstance(properties);
    }

    @Override
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
