package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.directory.infrastructure.PersonRepository.PhoneOwner;
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
        recordAll(List.of(sms));
    }

    /**
     * Records these SMS, in this order, in one transaction, leaving out those whose MessageSid is stored already.
     * The webhook files many at once this way (see {@link InboundGroupCommit}): the statements are per batch (per
     * number and pool for senders and conversations), not per message. Each message is routed before it is stored,
     * and stored routed, in one statement for the batch; what follows from it (the conversation's activity, consent
     * keywords, the live inbox) only for the messages that were new.
     */
    public void recordAll(List<InboundSms> batch) {
        Map<String, InboundSms> bySid = new LinkedHashMap<>();
        batch.forEach(sms -> bySid.putIfAbsent(sms.messageSid(), sms));
        Map<PhoneNumber, SenderNumber> senders = pools.findSenders(bySid.values().stream()
                .map(InboundSms::to).map(InboundMessageService::e164).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
        List<InboundMessage> routed = new ArrayList<>(bySid.size());
        List<Filing> filings = new ArrayList<>(bySid.size());
        for (InboundSms sms : bySid.values()) {
            InboundMessage message = new InboundMessage(sms);
            routed.add(message);
            SenderNumber sender = e164(sms.to()).map(senders::get).orElse(null);
            Optional<PhoneNumber> from = e164(sms.from());
            if (sender == null) {
                message.route(null, null, null, null, List.of(), "To " + sms.to() + " is none of our numbers");
            } else if (from.isEmpty()) {
                message.route(null, sender.getId(), poolIdOf(sender), sender.getStaffUserId(), List.of(),
                        "From " + sms.from() + " is no phone number we can answer");
            } else {
                filings.add(new Filing(message, sms, sender, from.get()));
            }
        }
        Map<String, Conversation> conversationsByKey = filings.isEmpty() ? Map.of() : route(filings);
        Set<InboundMessage> stored = Collections.newSetFromMap(new IdentityHashMap<>());
        stored.addAll(messages.addAllIfNew(routed));
        if (stored.size() < routed.size()) {
            LOG.fine(() -> (routed.size() - stored.size()) + " inbound SMS already stored");
        }
        routed.stream().filter(stored::contains).filter(m -> m.getSenderNumberId() == null).forEach(m -> LOG.warning(
                () -> "Inbound " + m.getMessageSid() + " to " + m.getToNumber() + ", which is none of our numbers"));
        Map<Long, Set<Long>> poolAudiences = new HashMap<>();
        Set<Conversation> active = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Filing filing : filings) {
            if (stored.contains(filing.message())) {
                active.add(file(filing, conversationsByKey, poolAudiences));
            }
        }
        conversations.saveActivity(active);
    }

    /** A stored SMS from a phone number to one of our numbers. */
    private record Filing(InboundMessage message, InboundSms sms, SenderNumber sender, PhoneNumber from) {
    }

    /**
     * Routes the messages of these filings: to their conversations (created where new, and locked), with the
     * people who have the From number on file and the reason in words.
     */
    private Map<String, Conversation> route(List<Filing> filings) {
        Map<PhoneNumber, List<PhoneOwner>> owners = people.ownersOf(filings.stream().map(Filing::from)
                .collect(Collectors.toSet()));
        Map<String, Conversation> byKey = lockOrCreateConversations(filings);
        for (Filing filing : filings) {
            SenderNumber sender = filing.sender();
            List<PhoneOwner> matches = owners.getOrDefault(filing.from(), List.of());
            Conversation conversation = byKey.get(ConversationRepository.key(sender.getId(), filing.from()));
            filing.message().route(conversation.getId(), sender.getId(), poolIdOf(sender), sender.getStaffUserId(),
                    matches.stream().map(PhoneOwner::personId).sorted().toList(),
                    routingReason(filing.sms(), sender, matches));
        }
        return byKey;
    }

    /**
     * What a new message does: the conversation's activity, consent keywords and their reply, the live inbox.
     *
     * @return the conversation, its activity changed but not yet saved
     */
    private Conversation file(Filing filing, Map<String, Conversation> conversationsByKey,
            Map<Long, Set<Long>> poolAudiences) {
        InboundMessage message = filing.message();
        InboundSms sms = filing.sms();
        SenderNumber sender = filing.sender();
        Long poolId = poolIdOf(sender);
        Conversation conversation = conversationsByKey.get(ConversationRepository.key(sender.getId(),
                filing.from()));
        conversation.incoming(sms.body(), message.getPersonId(), sms.receivedAt());

        ConsentScope scope = poolId != null ? ConsentScope.pool(poolId) : ConsentScope.personalNumber(sender.getId());
        ConsentOutcome outcome = consent.applyInbound(filing.from(), scope, sms.body(), sms.optOutType(),
                message.getId(), sms.receivedAt());
        if (outcome.kind() != ConsentOutcome.Kind.NONE) {
            messages.consentApplied(message, outcome.kind().name());
        }
        outcome.reply().ifPresent(text -> queue.queueReply(sender, conversation, message.getPersonId(), text,
                clock.instant()));

        Set<Long> audience = sender.getStaffUserId() != null ? Set.of(sender.getStaffUserId())
                : poolAudiences.computeIfAbsent(poolId, pools::memberIds);
        received.fire(new InboundReceived(InboundView.of(message), audience));
        return conversation;
    }

    /**
     * The conversations of these filings, created where new and locked, by {@link ConversationRepository#key}: one
     * round per sender number, in number order (as every other locker of conversations goes through the unique key
     * in its order, two of them never wait for each other in a circle).
     */
    private Map<String, Conversation> lockOrCreateConversations(List<Filing> filings) {
        Map<Long, List<Filing>> bySender = new TreeMap<>();
        filings.forEach(f -> bySender.computeIfAbsent(f.sender().getId(), id -> new ArrayList<>()).add(f));
        Map<String, Conversation> found = new HashMap<>();
        bySender.forEach((senderId, ofSender) -> {
            SenderNumber sender = ofSender.get(0).sender();
            List<Map.Entry<Long, PhoneNumber>> pairs = ofSender.stream().map(Filing::from).distinct()
                    .sorted(Comparator.comparing(PhoneNumber::e164))
                    .map(from -> Map.entry(senderId, from)).toList();
            found.putAll(conversations.lockOrCreateAll(pairs, poolIdOf(sender), sender.getStaffUserId(),
                    ofSender.get(0).sms().receivedAt()));
        });
        return found;
    }

    private static Long poolIdOf(SenderNumber sender) {
        Pool pool = sender.getPool();
        return pool == null ? null : pool.getId();
    }

    /** Why the message went where it went, in words staff and auditors read. */
    private static String routingReason(InboundSms sms, SenderNumber sender, List<PhoneOwner> matches) {
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

    private static String name(PhoneOwner person) {
        return person.firstName() + " " + person.lastName() + " (#" + person.personId() + ")";
    }

    /** The carrier gives phone numbers in E.164; anything else (a short code, a sender name) is none. */
    private static Optional<PhoneNumber> e164(String number) {
        return E164.matcher(number).matches() ? Optional.of(PhoneNumber.ofE164(number)) : Optional.empty();
    }
}
