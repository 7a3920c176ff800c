package org.campussms.conversation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.conversation.infrastructure.InboundMessageRepository;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.email.application.EmailView;
import org.campussms.email.infrastructure.EmailRepository;
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
    private InboundMessageRepository inboundMessages;

    @Inject
    private MessageQueue queue;

    @Inject
    private EmailRepository emails;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.NUMBER_PROVISIONING_QUEUE)
    private Queue provisioningQueue;

    @Inject
    private Clock clock;

    public OutboundView sendMessage(SendCommand command) {
        Pool pool = command.personal() ? null : poolAccess.requireMember(command.poolId());
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

        MessageQueue.Recipient recipient = new MessageQueue.Recipient(to, person.getId(), recordType.name());
        OutboundMessage message = pool != null
                ? queue.queue(pool, pools.senderNumbers(pool.getId()), recipient, command.body().strip(), sentBy,
                        null, clock.instant())
                : queue.queuePersonal(personalNumber(sentBy), recipient, command.body().strip(), sentBy,
                        clock.instant());
        return OutboundView.of(message);
    }

    /** A staff user's personal number: null number while it is PROVISIONING, then ACTIVE. */
    public record PersonalNumberView(String number, String status) {
    }

    /** The caller's personal number, if they have one (it may still be being bought). */
    public Optional<PersonalNumberView> myPersonalNumber() {
        return pools.findPersonal(identity.caller().getId()).map(n -> new PersonalNumberView(
                n.getNumber() == null ? null : n.getNumber().e164(), n.getStatus().name()));
    }

    /** The staff user's personal number; the first time, one is ordered from the carrier (asynchronously). */
    private SenderNumber personalNumber(long staffUserId) {
        return pools.findPersonal(staffUserId).orElseGet(() -> {
            SenderNumber ordered = pools.addSender(SenderNumber.personal(staffUserId, clock.instant()));
            jms.createProducer().setProperty(SENDER_NUMBER_ID, ordered.getId()).send(provisioningQueue,
                    jms.createMessage());
            return ordered;
        });
    }

    public static final int MAX_INBOX_PAGE = 100;
    /** The JMS property naming the sender number a provisioning request is for. */
    public static final String SENDER_NUMBER_ID = "senderNumberId";

    /**
     * The caller's inbox: conversations of the pools they may see (all, for institution admins) and of their
     * personal number, newest activity first.
     */
    public List<InboxEntry> inbox(InboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_INBOX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_INBOX_PAGE + " entries");
        }
        if (filter.direction() != null && !List.of("INBOUND", "OUTBOUND").contains(filter.direction())) {
            throw DomainException.invalid("Direction is INBOUND or OUTBOUND");
        }
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
        long me = identity.caller().getId();
        List<Long> poolIds = (identity.callerIsInstitutionAdmin() ? pools.findAll() : pools.findByMember(me))
                .stream().map(Pool::getId).toList();
        return conversations.inbox(poolIds, me, filter, offset, limit).stream()
                .map(c -> new InboxEntry(c.getId(), c.getPoolId(), c.getOwnerStaffUserId() != null,
                        c.getContact().e164(), c.getPersonId(), c.getLastActivityAt(), c.getLastPreview(),
                        c.getLastDirection(), c.getUnreadCount()))
                .toList();
    }

    /**
     * A conversation with its messages in order: for members of its pool, the owner of its personal number, and
     * institution admins (who see all traffic).
     */
    public ConversationView conversation(long conversationId) {
        Conversation conversation = visibleConversation(conversationId);
        List<OutboundView> messages = conversations.outboundOf(conversationId).stream().map(OutboundView::of)
                .toList();
        List<InboundView> replies = inboundMessages.ofConversation(conversationId).stream().map(InboundView::of)
                .toList();
        String ourNumber = pools.findSender(conversation.getSenderNumberId())
                .map(n -> n.getNumber() == null ? null : n.getNumber().e164()).orElse(null);
        return new ConversationView(conversation.getId(), conversation.getPoolId(), ourNumber,
                conversation.getContact().e164(), conversation.getPersonId(), conversation.getLastActivityAt(),
                conversation.getUnreadCount(), messages,
                emails.ofConversation(conversationId).stream().map(EmailView::of).toList(), replies);
    }

    /** The caller has read the conversation: its unread count goes back to 0. */
    public ConversationView markRead(long conversationId) {
        visibleConversation(conversationId).read();
        return conversation(conversationId);
    }

    /**
     * One inbound message, with where it was filed and why, for those who may see its conversation. A message
     * that reached none of our numbers' owners is for institution admins only.
     */
    public InboundView inboundMessage(long id) {
        InboundMessage message = inboundMessages.find(id)
                .orElseThrow(() -> DomainException.forbidden("You cannot see inbound message " + id));
        if (message.getConversationId() != null) {
            visibleConversation(message.getConversationId());
        } else {
            identity.requireInstitutionAdmin();
        }
        return InboundView.of(message);
    }

    /** The conversation, if the caller may see it: members of its pool, its number's owner, institution admins. */
    private Conversation visibleConversation(long conversationId) {
        Conversation conversation = conversations.find(conversationId)
                .orElseThrow(() -> DomainException.forbidden("You cannot see conversation " + conversationId));
        if (conversation.getPoolId() != null) {
            poolAccess.requireMember(conversation.getPoolId());
        } else if (!identity.callerIsInstitutionAdmin()
                && !Objects.equals(conversation.getOwnerStaffUserId(), identity.caller().getId())) {
            throw DomainException.forbidden("You cannot see conversation " + conversationId);
        }
        return conversation;
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
}
