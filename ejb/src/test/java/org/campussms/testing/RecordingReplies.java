package org.campussms.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campussms.conversation.application.AutomaticReplies;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.pool.domain.SenderNumber;

/** Keeps the automatic replies queued, as the carrier would receive them: from which number, in which thread. */
public final class RecordingReplies implements AutomaticReplies {

    /** A queued reply. */
    public record Reply(String from, long conversationId, String text) {
    }

    private final List<Reply> queued = new ArrayList<>();

    public List<Reply> queued() {
        return List.copyOf(queued);
    }

    @Override
    public OutboundMessage queueReply(SenderNumber sender, Conversation conversation, Long personId, String text,
            Instant now) {
        queued.add(new Reply(sender.getNumber().e164(), conversation.getId(), text));
        return OutboundMessage.complianceReply(conversation, sender.getNumber(), personId, text, now);
    }
}
