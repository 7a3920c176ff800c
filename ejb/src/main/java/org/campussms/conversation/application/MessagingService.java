package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;
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
    private MessageQueue queue;

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

        OutboundMessage message = queue.queue(pool, pools.senderNumbers(pool.getId()),
                new MessageQueue.Recipient(to, person.getId(), recordType.name()), command.body().strip(), sentBy,
                null, clock.instant());
        return OutboundView.of(message);
    }

    public static final int MAX_INBOX_PAGE = 100;

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
