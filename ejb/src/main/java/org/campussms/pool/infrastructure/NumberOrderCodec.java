package org.campussms.pool.infrastructure;

import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.IdCodec;

/**
 * The number provisioning queue: each entry asks for a personal number to be bought from the carrier, by the id
 * of its sender number row (PROVISIONING until then).
 */
public final class NumberOrderCodec extends IdCodec {

    public static final NumberOrderCodec INSTANCE = new NumberOrderCodec();

    private NumberOrderCodec() {
        super(JndiNames.NUMBER_PROVISIONING_QUEUE, "senderNumberId", null);
    }
}
