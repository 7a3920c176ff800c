package org.campussms.pool.application;

import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.IdCodec;

/**
 * The number provisioning queue: each entry asks for a personal number to be bought from the carrier, by the id
 * of its sender number row (PROVISIONING until then).
 */
public final class NumberOrderCodec extends IdCodec {

    /** Marks this queue's messages, e.g. for the dead-letter consumer's selector. */
    public static final String JMS_TYPE = "NumberProvisioning";

    public static final NumberOrderCodec INSTANCE = new NumberOrderCodec();

    private NumberOrderCodec() {
        super(JndiNames.NUMBER_PROVISIONING_QUEUE, "senderNumberId", JMS_TYPE);
    }
}
