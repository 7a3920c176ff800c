package org.campussms.bulksend.infrastructure;

import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.IdCodec;

/**
 * The bulk send queue: each entry asks one worker to expand a started bulk send into its texts, by the bulk send's
 * id.
 */
public final class BulkSendCodec extends IdCodec {

    /** Marks this queue's messages, e.g. for the dead-letter consumer's selector. */
    public static final String JMS_TYPE = "BulkSend";

    public static final BulkSendCodec INSTANCE = new BulkSendCodec();

    private BulkSendCodec() {
        super(JndiNames.BULK_SEND_QUEUE, "bulkSendId", JMS_TYPE);
    }
}
