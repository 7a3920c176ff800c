package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.campussms.consent.application.ConsentOutcome;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.InboundSms;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.conversation.infrastructure.InboundMessageRepository;
import org.campussms.directory.domain.Person;
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Files an inbound SMS: stores it once per MessageSid, routes it (the To number to its pool or staff owner, the
 * From number to the people who have it on file), applies consent keywords, queues the automatic reply, and
 * announces it to the live inbox after commit. All in one transaction: a failure leaves nothing half-done.
 */
@Stateless
// Called by the queue consumer and the webhook: Twilio is no signed-in user, it was authenticated by signature.
@PermitAll
public class InboundMessageService {

    private static final Logger LOG = Logger.getLogger(InboundMessageService.class.getName());
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    @Inject
    private InboundMessageRepository messages;

    @Inject
    private PoolRepository pools;

    @Inject
    private PersonRepository people;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private ConsentService consent;

    @Inject
    private MessageQueue queue;

    @Inject
    private Event<InboundReceived> received;

    @Inject
    private Clock clock;

    /**
     * Records the SMS unless a message with its MessageSid is already stored (the carrier retries webhooks).
     */
    public void record(InboundSms sms) {
        Optional<InboundMessage> stored = messages.addIfNew(sms);
        if (stored.isEmpty()) {
            LOG.fine(() -> "Inbound " + sms.messageSid() + " already stored");
            return;
        }
        InboundMessage message = stored.get();
        Optional<SenderNumber> sender = e164(sms.to()).flatMap(pools::findSender);
        if (sender.isEmpty()) {
            message.route(null, null, null, null, List.of(), "To " + sms.to() + " is none of our numbers");
            LOG.warning(() -> "Inbound " + sms.messageSid() + " to " + sms.to() + ", which is none of our numbers");
            return;
        }
        Optional<PhoneNumber> from = e164(sms.from());
        if (from.isEmpty()) {
            message.route(null, sender.get().getId(), poolIdOf(sender.get()), sender.get().getStaffUserId(),
                    List.of(), "From " + sms.from() + " is no phone number we can answer");
            return;
        }
        file(message, sms, sender.get(), from.get());
    }

    private void file(InboundMessage message, InboundSms sms, SenderNumber sender, PhoneNumber from) {
        Long poolId = poolIdOf(sender);
        List<Person> matches = people.findByPhone(from);
        List<Long> personIds = matches.stream().map(Person::getId).sorted().toList();
        Long personId = personIds.size() == 1 ? personIds.get(0) : null;
        Conversation conversation = conversations.lockOrCreateAll(List.of(Map.entry(sender.getId(), from)), poolId,
                sender.getStaffUserId(), sms.receivedAt()).values().iterator().next();
        conversation.incoming(sms.body(), personId, sms.receivedAt());
        message.route(conversation.getId(), sender.getId(), poolId, sender.getStaffUserId(), personIds,
                routingReason(sms, sender, matches));

        ConsentScope scope = poolId != null ? ConsentScope.pool(poolId) : ConsentScope.personalNumber(sender.getId());
        ConsentOutcome outcome = consent.applyInbound(from, scope, sms.body(), sms.optOutType(), message.getId(),
                sms.receivedAt());
        if (outcome.kind() != ConsentOutcome.Kind.NONE) {
            message.consentApplied(outcome.kind().name());
        }
        outcome.reply().ifPresent(text -> queue.queueReply(sender, conversation, personId, text, clock.instant()));

        Set<Long> audience = new HashSet<>();
        if (sender.getStaffUserId() != null) {
            audience.add(sender.getStaffUserId());
        } else {
            pools.members(poolId).forEach(m -> audience.add(m.getStaffUser().getId()));
        }
        received.fire(new InboundReceived(InboundView.of(message), audience));
    }

    private static Long poolIdOf(SenderNumber sender) {
        Pool pool = sender.getPool();
        return pool == null ? null : pool.getId();
    }

    /** Why the message went where it went, in words staff and auditors read. */
    private static String routingReason(InboundSms sms, SenderNumber sender, List<Person> matches) {
        String where = sender.getPool() != null
                ? "To " + sms.to() + " is a number of pool \"" + sender.getPool().getName() + "\" (#"
                        + sender.getPool().getId() + ")"
                : "To " + sms.to() + " is the personal number of staff user #" + sender.getStaffUserId();
        String who = switch (matches.size()) {
            case 0 -> "From " + sms.from() + " matches nobody in the directory (unknown contact)";
            case 1 -> "From " + sms.from() + " is on file for " + name(matches.get(0));
            default -> "From " + sms.from() + " is on file for " + matches.size() + " people: "
                    + matches.stream().map(InboundMessageService::name).collect(Collectors.joining(", "));
        };
        return where + "; " + who;
    }

    private static String name(Person person) {
        return person.getFirstName() + " " + person.getLastName() + " (#" + person.getId() + ")";
    }

    /** The carrier gives phone numbers in E.164; anything else (a short code, a sender name) is none. */
    private static Optional<PhoneNumber> e164(String number) {
        return E164.matcher(number).matches() ? Optional.of(PhoneNumber.ofE164(number)) : Optional.empty();
    }
}
