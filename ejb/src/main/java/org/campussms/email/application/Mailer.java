package org.campussms.email.application;

import jakarta.mail.MessagingException;
import java.time.Instant;

/**
 * Sends one plain-text email now, in the caller's thread: the queued emails' delivery and the unanswered alerts use it.
 */
public interface Mailer {

    /** Hands the mail to the mail server; throws when it does not take it. */
    void send(String to, String subject, String body, Instant date) throws MessagingException;
}
