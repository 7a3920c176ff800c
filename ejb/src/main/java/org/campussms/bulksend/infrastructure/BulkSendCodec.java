package org.campussms.bulksend.infrastructure;

import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.IdCodec;

/**
 * The bulk send queue: each entry asks one worker to expand a started bulk send into its texts, by the bulk send's
 * id.
 */
public final class BulkSendCodec extends IdCodec {

    public static final BulkSendCodec INSTANCE = new BulkSendCodec();

    private BulkSendCodec() {
        super(JndiNames.BULK_SEND_QUEUE, "bulkSendId", null);
    }
}
