package org.campussms.conversation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.platform.JndiNames;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Sending: a staff user's text becomes a queued message and a JMS message in one transaction, so a committed send
 * is never lost and a rolled-back one never reaches the carrier. Delivery happens behind the queue.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class MessagingService {

    /** Marks the JMS messages of the outbound queue, e.g. for the dead-letter consumer. */
    public static final String OUTBOUND_JMS_TYPE = "OutboundSms";
    public static final String MESSAGE_ID = "messageId";

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private PoolRepository pools;

    @Inject
    private PersonRepository people;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.OUTBOUND_SMS_QUEUE)
    private Queue outboundQueue;

    @Inject
    private Clock clock;

    public OutboundView sendMessage(SendCommand command) {
        Pool pool = poolAccess.requireMember(command.poolId());
        long sentBy = identity.caller().getId();
        if (command.body() == null || command.body().isBlank()) {
            throw DomainException.invalid("The message is empty");
        }
        Person person = people.find(command.personId())
                .orElseThrow(() -> DomainException.notFound("Person", command.personId()));
        RecordType recordType = recordToText(person, command.recordType());
        PhoneNumber to = person.mobileFor(recordType).map(Phone::getNumber)
                .orElseThrow(() -> new DomainException(Problem.INVALID_INPUT, person.getFirstName() + " "
                        + person.getLastName() + " has no mobile number as " + recordType));

        Instant now = clock.instant();
        SenderNumber sender = senderFor(pool, to);
        Conversation conversation = conversations.lockOrCreate(sender.getId(), pool.getId(), null, to, now);
        String footer = footerDue(pool, to, now) ? pool.footer() : null;
        String body = command.body().strip();
        int room = OutboundMessage.MAX_TEXT_LENGTH - (footer == null ? 0 : footer.length() + 1);
        if (body.length() > room) {
            throw DomainException.invalid("The message has " + body.length() + " characters; at most " + room
                    + " fit" + (footer == null ? "" : " with the footer"));
        }
        OutboundMessage message = conversations.add(new OutboundMessage(conversation, sender.getNumber(),
                person.getId(), recordType.name(), body, footer, sentBy, now));
        if (footer != null) {
            conversations.footerSent(pool.getId(), to, now);
        }
        enqueue(message.getId());
        // Written at commit, after the JMS send: should it fail, the send is rolled back with it.
        conversation.outgoing(body, person.getId(), now);
        return OutboundView.of(message);
    }

    /** A conversation of a pool the caller is a member of, with its messages in order. */
    public ConversationView conversation(long conversationId) {
        Conversation conversation = conversations.find(conversationId)
                .orElseThrow(() -> DomainException.forbidden("You cannot see conversation " + conversationId));
        if (conversation.getPoolId() == null) {
            throw DomainException.forbidden("You cannot see conversation " + conversationId);
        }
        poolAccess.requireMember(conversation.getPoolId());
        List<OutboundView> messages = conversations.outboundOf(conversationId).stream().map(OutboundView::of)
                .toList();
        String ourNumber = messages.isEmpty() ? null : messages.get(0).from();
        return new ConversationView(conversation.getId(), conversation.getPoolId(), ourNumber,
                conversation.getContact().e164(), conversation.getPersonId(), conversation.getLastActivityAt(),
                messages);
    }

    private void enqueue(long messageId) {
        jms.createProducer()
                .setJMSType(OUTBOUND_JMS_TYPE)
                .setProperty(MESSAGE_ID, messageId)
                .send(outboundQueue, jms.createMessage());
    }

    /**
     * The record to text: the one asked for, or, when the person's records all reach one mobile, that one.
     */
    private static RecordType recordToText(Person person, RecordType requested) {
        if (requested != null) {
            if (person.record(requested).isEmpty()) {
                throw DomainException.invalid(person.getFirstName() + " " + person.getLastName() + " has no "
                        + requested + " record");
            }
            return requested;
        }
        List<RecordType> types = person.getRecords().stream().map(r -> r.getType()).sorted().toList();
        long distinctMobiles = types.stream()
                .map(t -> person.mobileFor(t).map(Phone::getNumber))
                .filter(Optional::isPresent)
                .distinct()
                .count();
        if (distinctMobiles > 1) {
            throw DomainException.invalid(person.getFirstName() + " " + person.getLastName()
                    + " has different mobiles as " + types + ": choose which record to text");
        }
        return types.stream().filter(t -> person.mobileFor(t).isPresent()).findFirst().orElse(types.get(0));
    }

    /** The pool's number for this contact: the one of their last conversation, else a stable pick. */
    private SenderNumber senderFor(Pool pool, PhoneNumber to) {
        List<SenderNumber> numbers = pools.senderNumbers(pool.getId());
        if (numbers.isEmpty()) {
            throw DomainException.invalid("Pool " + pool.getName() + " has no number to send from");
        }
        return conversations.latestOfPool(pool.getId(), to)
                .flatMap(c -> numbers.stream().filter(n -> n.getId().equals(c.getSenderNumberId())).findFirst())
                .orElseGet(() -> numbers.get(Math.floorMod(to.e164().hashCode(), numbers.size())));
    }

    private boolean footerDue(Pool pool, PhoneNumber to, Instant now) {
        return conversations.lastFooter(pool.getId(), to)
                .map(last -> last.isBefore(now.minus(Duration.ofDays(pool.getFooterIntervalDays()))))
                .orElse(true);
    }
}
