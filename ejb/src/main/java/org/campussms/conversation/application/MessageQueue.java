package org.campussms.conversation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.Segments;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.platform.DomainException;
import org.campussms.platform.JndiNames;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Turns a text for one recipient into a queued message: picks the pool's number, appends the footer when due,
 * records the message and puts it on the outbound queue, all in the caller's transaction. Access is the caller's
 * business; every send path (single, bulk) comes through here.
 */
@ApplicationScoped
public class MessageQueue {

    /** Marks the JMS messages of the outbound queue, e.g. for the dead-letter consumer. */
    public static final String OUTBOUND_JMS_TYPE = "OutboundSms";
    /** The ids of the messages a JMS message of the outbound queue carries, comma-separated. */
    public static final String MESSAGE_IDS = "messageIds";
    /**
     * How many texts one JMS message hands off: a bulk send's texts are claimed and recorded a batch per
     * transaction instead of one each, which is most of the cost of a hand-off.
     */
    public static final int HAND_OFF_BATCH = 50;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.OUTBOUND_SMS_QUEUE)
    private Queue outboundQueue;

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
        if (numbers.isEmpty()) {
            throw DomainException.invalid("Pool " + pool.getName() + " has no number to send from");
        }
        List<PhoneNumber> contacts = recipients.stream().map(Recipient::to).toList();
        Map<PhoneNumber, SenderNumber> senders = sendersFor(pool, numbers, contacts);
        List<Map.Entry<Long, PhoneNumber>> pairs = contacts.stream()
                .map(to -> Map.entry(senders.get(to).getId(), to)).toList();
        Map<String, Conversation> conversationsByKey = conversations.lockOrCreateAll(pairs, pool.getId(), null, now);
        Set<PhoneNumber> footerDue = footersDue(pool, contacts, now);
        requireFits(body, footerDue.isEmpty() ? null : pool.footer());
        List<OutboundMessage> queued = new ArrayList<>(recipients.size());
        for (Recipient recipient : recipients) {
            SenderNumber sender = senders.get(recipient.to());
            Conversation conversation = conversationsByKey.get(
                    ConversationRepository.key(sender.getId(), recipient.to()));
            String footer = footerDue.contains(recipient.to()) ? pool.footer() : null;
            queued.add(new OutboundMessage(conversation, sender.getNumber(), recipient.personId(),
                    recipient.recordType(), body, footer, sentBy, bulkSendId, now));
            conversation.outgoing(body, recipient.personId(), now);
        }
        List<Long> ids = conversations.addAll(queued).stream().map(OutboundMessage::getId).toList();
        // Sent in the caller's transaction: the messages and their queue entries commit together or not at all.
        for (int from = 0; from < ids.size(); from += HAND_OFF_BATCH) {
            enqueue(ids.subList(from, Math.min(ids.size(), from + HAND_OFF_BATCH)));
        }
        // Before any native statement: Hibernate flushes the whole session ahead of one, conversations included.
        conversations.saveActivity(conversationsByKey.values());
        conversations.footersSent(pool.getId(), footerDue, now);
        return queued;
    }

    /**
     * A text from a staff user's personal number (which may still be being bought: the message then waits for
     * it). Personal numbers carry no pool footer.
     */
    public OutboundMessage queuePersonal(SenderNumber personal, Recipient recipient, String body, long sentBy,
            Instant now) {
        Conversation conversation = conversations.lockOrCreateAll(List.of(Map.entry(personal.getId(),
                recipient.to())), null, personal.getStaffUserId(), now).values().iterator().next();
        requireFits(body, null);
        OutboundMessage message = conversations.addAll(List.of(new OutboundMessage(conversation,
                personal.getNumber(), recipient.personId(), recipient.recordType(), body, null, sentBy, null, now)))
                .get(0);
        enqueue(List.of(message.getId()));
        conversation.outgoing(body, recipient.personId(), now);
        return message;
    }

    /**
     * The system's reply to a keyword (opt-out confirmation, HELP), from the number the contact texted, in the
     * caller's transaction. Exempt from the consent check: it answers a number that may just have opted out.
     */
    public OutboundMessage queueReply(SenderNumber sender, Conversation conversation, Long personId, String text,
            Instant now) {
        OutboundMessage reply = conversations.addAll(List.of(OutboundMessage.complianceReply(conversation,
                sender.getNumber(), personId, text, now))).get(0);
        enqueue(List.of(reply.getId()));
        conversation.outgoing(text, personId, now);
        return reply;
    }

    /** Which of these contacts are due the pool's footer now (for plans). */
    public Set<PhoneNumber> footersDue(Pool pool, Collection<PhoneNumber> contacts, Instant now) {
        Map<PhoneNumber, Instant> last = conversations.lastFooters(pool.getId(), contacts);
        Instant cutoff = now.minus(Duration.ofDays(pool.getFooterIntervalDays()));
        Set<PhoneNumber> due = new HashSet<>();
        for (PhoneNumber contact : contacts) {
            Instant sent = last.get(contact);
            if (sent == null || sent.isBefore(cutoff)) {
                due.add(contact);
            }
        }
        return due;
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
        jms.createProducer()
                .setJMSType(OUTBOUND_JMS_TYPE)
                .setProperty(MESSAGE_IDS, encodeIds(messageIds))
                .send(outboundQueue, jms.createMessage());
    }

    public static String encodeIds(Collection<Long> messageIds) {
        return String.join(",", messageIds.stream().map(String::valueOf).toList());
    }

    public static List<Long> decodeIds(String encoded) {
        return encoded == null || encoded.isBlank() ? List.of()
                : Arrays.stream(encoded.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    /** The pool's number for each contact: the one of their last conversation, else a stable pick. */
    private Map<PhoneNumber, SenderNumber> sendersFor(Pool pool, List<SenderNumber> numbers,
            List<PhoneNumber> contacts) {
        Map<PhoneNumber, SenderNumber> senders = new HashMap<>();
        Map<PhoneNumber, Long> latest = numbers.size() == 1 ? Map.of()
                : conversations.latestSendersOfPool(pool.getId(), contacts);
        for (PhoneNumber to : contacts) {
            Long previous = latest.get(to);
            senders.put(to, numbers.stream().filter(n -> n.getId().equals(previous)).findFirst()
                    .orElseGet(() -> numbers.get(Math.floorMod(to.e164().hashCode(), numbers.size()))));
        }
        return senders;
    }
}
