package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.campussms.conversation.application.OutboundSmsCodec.TextBatch;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.Segments;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.conversation.infrastructure.FooterLedger;
import org.campussms.conversation.infrastructure.OutboundMessageStore;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.jms.JmsGateway;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Turns a text for one recipient into a queued message: picks the pool's number, appends the footer when due,
 * stores the message and puts it on the outbound queue, all in the caller's transaction, so a committed text is
 * never lost and a rolled-back one never reaches the carrier. Access is the caller's business; every send path
 * (single, bulk, keyword replies) comes through here.
 */
@ApplicationScoped
public class Outbox implements AutomaticReplies {

    /**
     * How many texts one queue entry hands off: a bulk send's texts are claimed and recorded a batch per
     * transaction instead of one each, which is most of the cost of a hand-off.
     */
    public static final int HAND_OFF_BATCH = 50;

    @Inject
    private ConversationStore conversations;

    @Inject
    private OutboundMessageStore messages;

    @Inject
    private FooterLedger footers;

    @Inject
    private JmsGateway queues;

    /** One recipient of a text from a pool. */
    public record Recipient(PhoneNumber to, Long personId, String recordType) {
    }

    public OutboundMessage queue(Pool pool, List<SenderNumber> numbers, Recipient recipient, String body,
            long sentBy, Long bulkSendId, Instant now) {
        return queueAll(pool, numbers, List.of(recipient), body, sentBy, bulkSendId, now).get(0);
    }

    /**
     * The same text from a pool to several recipients with distinct numbers, in a fixed number of statements
     * whatever their count (a bulk send's chunk): conversations, footers and messages are read and written
     * together.
     */
    public List<OutboundMessage> queueAll(Pool pool, List<SenderNumber> numbers, List<Recipient> recipients,
            String body, long sentBy, Long bulkSendId, Instant now) {
        return queueAll(pool, numbers, recipients, body, sentBy, bulkSendId, Map.of(), now);
    }

    /**
     * The same, holding the texts to the contacts in {@code heldUntil} until then (quiet hours): they are stored
     * with that time and their queue entries delivered by the broker only then.
     */
    public List<OutboundMessage> queueAll(Pool pool, List<SenderNumber> numbers, List<Recipient> recipients,
            String body, long sentBy, Long bulkSendId, Map<PhoneNumber, Instant> heldUntil, Instant now) {
        if (numbers.isEmpty()) {
            throw DomainException.invalid("Pool " + pool.getName() + " has no number to send from");
        }
        List<PhoneNumber> contacts = recipients.stream().map(Recipient::to).toList();
        Map<PhoneNumber, SenderNumber> senders = sendersFor(pool, numbers, contacts);
        List<ConversationKey> keys = contacts.stream()
                .map(to -> new ConversationKey(senders.get(to).getId(), to)).toList();
        Map<ConversationKey, Conversation> locked = conversations.lockOrCreateEntities(keys, pool.getId(), null, now);
        Set<PhoneNumber> footerDue = footers.dueAmong(pool, contacts, now);
        requireFits(body, footerDue.isEmpty() ? null : pool.footer());
        List<OutboundMessage> queued = new ArrayList<>(recipients.size());
        for (Recipient recipient : recipients) {
            SenderNumber sender = senders.get(recipient.to());
            Conversation conversation = locked.get(new ConversationKey(sender.getId(), recipient.to()));
            String footer = footerDue.contains(recipient.to()) ? pool.footer() : null;
            OutboundMessage message = new OutboundMessage(conversation, sender.getNumber(), recipient.personId(),
                    recipient.recordType(), body, footer, sentBy, bulkSendId, now);
            Instant opening = heldUntil.get(recipient.to());
            if (opening != null) {
                message.holdForSendingWindow(opening);
            }
            queued.add(message);
            conversation.outgoing(body, recipient.personId(), now);
        }
        messages.insertAll(queued);
        List<Long> ids = queued.stream().filter(m -> m.getDueAt() == null).map(OutboundMessage::getId).toList();
        for (int from = 0; from < ids.size(); from += HAND_OFF_BATCH) {
            enqueue(ids.subList(from, Math.min(ids.size(), from + HAND_OFF_BATCH)));
        }
        // Held texts wait in the broker, grouped by when they may go.
        queued.stream().filter(m -> m.getDueAt() != null)
                .collect(Collectors.groupingBy(OutboundMessage::getDueAt, TreeMap::new,
                        Collectors.mapping(OutboundMessage::getId, Collectors.toList())))
                .forEach((opening, held) -> {
                    for (int from = 0; from < held.size(); from += HAND_OFF_BATCH) {
                        List<Long> entry = held.subList(from, Math.min(held.size(), from + HAND_OFF_BATCH));
                        queues.send(OutboundSmsCodec.INSTANCE, TextBatch.retry(entry,
                                opening.toEpochMilli() - now.toEpochMilli()));
                    }
                });
        // Before any native statement: Hibernate flushes the whole session ahead of one, conversations included.
        conversations.saveOutgoingActivityAndDetach(locked.values());
        footers.recordSent(pool.getId(), footerDue, now);
        return queued;
    }

    /**
     * A text from a staff user's personal number (which may still be being bought: the message then waits for
     * it). Personal numbers carry no pool footer.
     */
    public OutboundMessage queuePersonal(SenderNumber personal, Recipient recipient, String body, long sentBy,
            Instant now) {
        Conversation conversation = conversations.lockOrCreateEntities(
                List.of(new ConversationKey(personal.getId(), recipient.to())), null, personal.getStaffUserId(), now)
                .values().iterator().next();
        requireFits(body, null);
        OutboundMessage message = messages.insertAll(List.of(new OutboundMessage(conversation,
                personal.getNumber(), recipient.personId(), recipient.recordType(), body, null, sentBy, null, now)))
                .get(0);
        enqueue(List.of(message.getId()));
        conversation.outgoing(body, recipient.personId(), now);
        return message;
    }

    @Override
    public OutboundMessage queueReply(SenderNumber sender, Conversation conversation, Long personId, String text,
            Instant now) {
        OutboundMessage reply = messages.insertAll(List.of(OutboundMessage.complianceReply(conversation,
                sender.getNumber(), personId, text, now))).get(0);
        enqueue(List.of(reply.getId()));
        conversation.outgoing(text, personId, now);
        return reply;
    }

    /** Which of these contacts are due the pool's footer now (for plans). */
    public Set<PhoneNumber> footersDue(Pool pool, List<PhoneNumber> contacts, Instant now) {
        return footers.dueAmong(pool, contacts, now);
    }

    /** The segments a text takes, with the pool's footer or without. */
    public static int segments(Pool pool, String body, boolean withFooter) {
        return Segments.of(withFooter ? body + "\n" + pool.footer() : body).count();
    }

    public static void requireFits(String body, String footer) {
        int room = OutboundMessage.MAX_TEXT_LENGTH - (footer == null ? 0 : footer.length() + 1);
        if (body.length() > room) {
            throw DomainException.invalid("The message has " + body.length() + " characters; at most " + room
                    + " fit" + (footer == null ? "" : " with the footer"));
        }
    }

    private void enqueue(List<Long> messageIds) {
        queues.send(OutboundSmsCodec.INSTANCE, TextBatch.now(messageIds));
    }

    /** The pool's number for each contact: the one of their last conversation, else a stable pick. */
    private Map<PhoneNumber, SenderNumber> sendersFor(Pool pool, List<SenderNumber> numbers,
            List<PhoneNumber> contacts) {
        Map<PhoneNumber, SenderNumber> senders = new HashMap<>();
        Map<PhoneNumber, Long> latest = numbers.size() == 1 ? Map.of()
                : conversations.latestSenderNumberIds(pool.getId(), contacts);
        for (PhoneNumber to : contacts) {
            Long previous = latest.get(to);
            senders.put(to, numbers.stream().filter(n -> n.getId().equals(previous)).findFirst()
                    .orElseGet(() -> numbers.get(Math.floorMod(to.e164().hashCode(), numbers.size()))));
        }
        return senders;
    }
}
