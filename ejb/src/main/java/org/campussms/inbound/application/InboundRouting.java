package org.campussms.inbound.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.directory.application.PeopleLookup.PhoneOwner;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.application.PoolLookup.ReceivingNumber;

/**
 * Where a batch of inbound SMS goes and why, in words staff and auditors read: the To number to its pool or staff
 * owner, the From number to the people who have it on file. The same for both ways a batch is stored
 * ({@link InboundFilingService}, {@link InboundBatchFiling}), which differ only in how they write it.
 */
final class InboundRouting {

    private static final Logger LOG = Logger.getLogger(InboundRouting.class.getName());
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** A batch's messages, each once per MessageSid, and those of them that go to a conversation. */
    record Batch(List<InboundMessage> messages, List<Filing> filings) {
    }

    /** An SMS from a phone number to one of our numbers: it goes to the conversation of the two. */
    record Filing(InboundMessage message, InboundSms sms, ReceivingNumber to, PhoneNumber from) {

        /** Who sees the conversation: the staff user the number belongs to, or the members of its pool. */
        Set<Long> audience() {
            return to.staffUserId() != null ? Set.of(to.staffUserId()) : to.poolMemberIds();
        }

        ConversationKey conversationKey() {
            return new ConversationKey(to.senderNumberId(), from);
        }

        /** Files the message in its conversation, with the people who have the From number on file. */
        void route(Long conversationId, List<PhoneOwner> matches) {
            message.route(conversationId, to.senderNumberId(), to.poolId(), to.staffUserId(),
                    matches.stream().map(PhoneOwner::personId).sorted().toList(), reason(sms, to, matches));
        }
    }

    private InboundRouting() {
    }

    /** Each SMS once per MessageSid (the carrier retries), in the order given. */
    static Collection<InboundSms> distinct(List<InboundSms> batch) {
        Map<String, InboundSms> bySid = new LinkedHashMap<>();
        batch.forEach(sms -> bySid.putIfAbsent(sms.messageSid(), sms));
        return bySid.values();
    }

    /** The numbers these SMS were sent to that can be ours. */
    static Set<PhoneNumber> receivingNumbers(Collection<InboundSms> batch) {
        return batch.stream().map(InboundSms::to).map(InboundRouting::e164).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /**
     * The messages of these SMS, given which of their numbers are ours: one to none of our numbers, or from no
     * number we can answer, is routed here, to no conversation; the others are the filings.
     */
    static Batch route(Collection<InboundSms> batch, Map<PhoneNumber, ReceivingNumber> numbers) {
        List<InboundMessage> messages = new ArrayList<>(batch.size());
        List<Filing> filings = new ArrayList<>(batch.size());
        for (InboundSms sms : batch) {
            InboundMessage message = sms.toMessage();
            messages.add(message);
            ReceivingNumber to = e164(sms.to()).map(numbers::get).orElse(null);
            Optional<PhoneNumber> from = e164(sms.from());
            if (to == null) {
                message.route(null, null, null, null, List.of(), "To " + sms.to() + " is none of our numbers");
            } else if (from.isEmpty()) {
                message.route(null, to.senderNumberId(), to.poolId(), to.staffUserId(), List.of(),
                        "From " + sms.from() + " is no phone number we can answer");
            } else {
                filings.add(new Filing(message, sms, to, from.get()));
            }
        }
        return new Batch(messages, filings);
    }

    static Set<PhoneNumber> senders(List<Filing> filings) {
        return filings.stream().map(Filing::from).collect(Collectors.toSet());
    }

    /** The person a message is from when exactly one has its number on file. */
    static Long personOf(List<PhoneOwner> matches) {
        return matches.size() == 1 ? matches.get(0).personId() : null;
    }

    /** Logs the stored messages that were sent to none of our numbers: the carrier's configuration is off. */
    static void warnOfStrangers(Collection<InboundMessage> stored) {
        stored.stream().filter(m -> m.getSenderNumberId() == null).forEach(m -> LOG.warning(
                () -> "Inbound " + m.getMessageSid() + " to " + m.getToNumber() + ", which is none of our numbers"));
    }

    /** Why the message went where it went. */
    private static String reason(InboundSms sms, ReceivingNumber to, List<PhoneOwner> matches) {
        String where = to.poolId() != null
                ? "To " + sms.to() + " is a number of pool \"" + to.poolName() + "\" (#" + to.poolId() + ")"
                : "To " + sms.to() + " is the personal number of staff user #" + to.staffUserId();
        String who = switch (matches.size()) {
            case 0 -> "From " + sms.from() + " matches nobody in the directory (unknown contact)";
            case 1 -> "From " + sms.from() + " is on file for " + name(matches.get(0));
            default -> "From " + sms.from() + " is on file for " + matches.size() + " people: "
                    + matches.stream().map(InboundRouting::name).collect(Collectors.joining(", "));
        };
        return where + "; " + who;
    }

    private static String name(PhoneOwner person) {
        return person.firstName() + " " + person.lastName() + " (#" + person.personId() + ")";
    }

    /** The carrier gives phone numbers in E.164; anything else (a short code, a sender name) is none. */
    static Optional<PhoneNumber> e164(String number) {
        return E164.matcher(number).matches() ? Optional.of(PhoneNumber.ofE164(number)) : Optional.empty();
    }
}
