package org.campussms.conversation.application;

import java.util.List;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.platform.persistence.Sql;

/**
 * The inbound messages as filing stores them: once per MessageSid, and the consent action a keyword took.
 */
public interface InboundMessages {

    /**
     * Stores each message, routed, unless one with its MessageSid is stored already, also when the same SMS arrives
     * twice at once (the unique key decides: an insert waits for a concurrent one of the same sid and is then
     * ignored). One statement, however many messages: it inserts and hands back the keys of the rows it inserted,
     * which are set on the messages. The messages stay unmanaged; later changes go through this repository.
     *
     * <p>Not persisted as entities: reading the batch back took most of the batch writer's CPU, Hibernate translating
     * the read-back's IN list anew for each batch size.
     *
     * <p>IGNORE would also turn an overlong value into a silently cut one: every column fits by construction
     * ({@link org.campussms.inbound.domain.InboundSms} checks what the carrier sends, the routing reason is
     * capped, the candidates column is unbounded since V13), so only repeats are ignored.
     *
     * @return the messages this call stored, in the order given; repeats are left out
     */
    List<InboundMessage> addAllIfNew(List<InboundMessage> batch);

    /** {@link #addAllIfNew(List)} in the transaction {@code sql} runs in (the webhook's batches). */
    List<InboundMessage> addAllIfNew(Sql sql, List<InboundMessage> batch);

    /** Records which consent change a stored message made (see {@link InboundMessage#consentApplied}). */
    void consentApplied(InboundMessage message, String action);
}
