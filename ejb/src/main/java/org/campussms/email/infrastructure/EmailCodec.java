package org.campussms.email.infrastructure;

import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.IdCodec;

/**
 * The email queue: each entry names a stored email to hand to the mail server, by id.
 */
public final class EmailCodec extends IdCodec {

    public static final EmailCodec INSTANCE = new EmailCodec();
    /** Marks this queue's messages, for the dead-letter consumer's selector. */
    public static final String JMS_TYPE = "EmailFallback";

    private EmailCodec() {
        super(JndiNames.EMAIL_FALLBACK_QUEUE, "emailMessageId", JMS_TYPE);
    }
}
