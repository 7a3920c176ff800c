package org.campussms.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campussms.conversation.application.InboundMessages;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.platform.persistence.Sql;

/** Inbound messages kept once per MessageSid, as the unique key keeps them, and the consent action each took. */
public final class InMemoryInboundMessages implements InboundMessages {

    private final Map<String, InboundMessage> bySid = new LinkedHashMap<>();
    private final Map<Long, String> consentActions = new LinkedHashMap<>();

    public List<InboundMessage> stored() {
        return List.copyOf(bySid.values());
    }

    /** The consent action recorded on the message with this MessageSid, or null. */
    public String consentActionOf(String messageSid) {
        InboundMessage message = bySid.get(messageSid);
        return message == null ? null : consentActions.get(message.getId());
    }

    @Override
    public List<InboundMessage> addAllIfNew(List<InboundMessage> batch) {
        List<InboundMessage> stored = new ArrayList<>();
        for (InboundMessage message : batch) {
            if (!bySid.containsKey(message.getMessageSid())) {
                message.stored(bySid.size() + 1L);
                bySid.put(message.getMessageSid(), message);
                stored.add(message);
            }
        }
        return stored;
    }

    @Override
    public List<InboundMessage> addAllIfNew(Sql sql, List<InboundMessage> batch) {
        return addAllIfNew(batch);
    }

    @Override
    public void consentApplied(InboundMessage message, String action) {
        consentActions.put(message.getId(), action);
    }
}
