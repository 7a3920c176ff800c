package org.campussms.bulksend.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.bulksend.domain.BulkRecipient;
import org.campussms.bulksend.domain.BulkRecipient.Channel;
import org.campussms.bulksend.domain.BulkSend;
import org.campussms.bulksend.infrastructure.BulkSendCodec;
import org.campussms.bulksend.infrastructure.BulkSendRepository;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.application.Outbox;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.email.application.EmailRecords;
import org.campussms.email.domain.EmailMessage;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.jms.JmsGateway;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Bulk sends: a plan first (who gets the text how, and how long it takes), then a start that returns at once while
 * the messages are created in chunks behind the bulk-send queue.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class BulkSendService {

    public static final int MAX_RECIPIENTS = 50_000;
    /**
     * How many workers expand a started bulk send into messages side by side (each takes the next chunk of
     * recipients nobody else holds), so the queue fills faster than one worker's database round trips allow.
     */
    public static final int EXPANDING_WORKERS = 3;
    static final String NO_CONTACT = "no mobile and no email";
    static final String OPTED_OUT = FallbackTriggers.OPTED_OUT;
    static final String OPTED_OUT_NO_EMAIL = "opted out, no email";
    static final String SHARED_MOBILE = "same mobile as another recipient";
    private static final List<RecordType> PREFERRED = List.of(RecordType.STUDENT, RecordType.EMPLOYEE,
            RecordType.GUARDIAN);

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private PoolLookup pools;

    @Inject
    private PeopleLookup people;

    @Inject
    private BulkSendRepository bulkSends;

    @Inject
    private Outbox outbox;

    @Inject
    private EmailRecords emails;

    @Inject
    private ConsentService consent;

    @Inject
    private JmsGateway queues;

    @Inject
    private BulkProgressCounts progressCounts;

    @Inject
    private Clock clock;

    @Inject
    private QuietHours quietHours;

    public BulkPlanView plan(long poolId, Audience audience, RecordType recordType, String body) {
        Pool pool = poolAccess.requireMember(poolId);
        long caller = identity.caller().getId();
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("The message is empty");
        }
        String text = body.strip();
        Outbox.requireFits(text, pool.footer());
        List<SenderNumber> numbers = pools.senderNumbers(poolId);
        if (numbers.isEmpty()) {
            throw DomainException.invalid("Pool " + pool.getName() + " has no number to send from");
        }
        Instant now = clock.instant();
        BulkSend bulk = bulkSends.add(new BulkSend(poolId, caller, text, audience.describe(), now));
        List<BulkRecipient> recipients = recipients(bulk.getId(), poolId, audience, caller, recordType);
        List<PhoneNumber> mobiles = recipients.stream().filter(r -> r.getChannel() == Channel.SMS)
                .map(BulkRecipient::getTo).toList();
        Set<PhoneNumber> footerDue = outbox.footersDue(pool, mobiles, now);
        int plainSegments = Outbox.segments(pool, text, false);
        int footerSegments = Outbox.segments(pool, text, true);
        int segments = mobiles.stream().mapToInt(m -> footerDue.contains(m) ? footerSegments : plainSegments).sum();
        int rate = numbers.stream().mapToInt(SenderNumber::getSegmentsPerSecond).sum();
        Map<PhoneNumber, Instant> held = quietHours.held(pool.sendingWindow(), recipients.stream()
                .filter(r -> r.getChannel() == Channel.SMS)
                .map(r -> new QuietHours.Recipient(r.getPersonId(), r.getTo())).toList(), now);
        bulkSends.addRecipients(recipients);
        bulk.planned(mobiles.size(), count(recipients, Channel.EMAIL), count(recipients, Channel.SKIPPED), segments,
                (segments + rate - 1) / rate);
        return new BulkPlanView(bulk.getId(), poolId, bulk.getPlannedSms(), bulk.getPlannedEmail(),
                bulk.getPlannedSkipped(), bulkSends.skipReasons(bulk.getId()), segments, rate,
                bulk.getEstimatedSeconds(), held.size(), held.values().stream().max(Instant::compareTo).orElse(null),
                pool.sendingWindow());
    }

    /** Starts a planned bulk send; the messages are created behind the queue. */
    public BulkProgressView start(long bulkId) {
        BulkSend bulk = visible(bulkId);
        bulk.start(clock.instant());
        for (int worker = 0; worker < EXPANDING_WORKERS; worker++) {
            queues.send(BulkSendCodec.INSTANCE, bulkId);
        }
        return progressOf(bulk);
    }

    public BulkProgressView progress(long bulkId) {
        return progressOf(visible(bulkId));
    }

    /**
     * Progress for a subscriber: a staff user known by id rather than as the container's caller, because
     * subscription updates are computed off any request. The web layer vouches for the id (a signed ticket).
     */
    @PermitAll
    public BulkProgressView progressForSubscriber(long bulkId, long staffUserId, boolean institutionAdmin) {
        BulkSend bulk = bulkSends.find(bulkId)
                .orElseThrow(() -> DomainException.forbidden("You cannot see bulk send " + bulkId));
        poolAccess.requireMember(bulk.getPoolId(), staffUserId, institutionAdmin);
        return progressOf(bulk);
    }

    private BulkSend visible(long bulkId) {
        BulkSend bulk = bulkSends.find(bulkId)
                .orElseThrow(() -> DomainException.forbidden("You cannot see bulk send " + bulkId));
        poolAccess.requireMember(bulk.getPoolId());
        return bulk;
    }

    private BulkProgressView progressOf(BulkSend bulk) {
        long id = bulk.getId();
        boolean planned = bulk.getStatus() == BulkSend.Status.PLANNED;
        BulkProgressCounts.Counts counted = progressCounts.of(id, () -> new BulkProgressCounts.Counts(
                bulkSends.statusCounts(id), emails.statusCountsOfBulk(id),
                planned ? bulk.getPlannedEmail() : bulkSends.pendingEmailCount(id)));
        Map<MessageStatus, Long> counts = counted.texts();
        long created = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<EmailMessage.Status, Long> emailCounts = counted.emails();
        long emailsPending = emailCounts.get(EmailMessage.Status.QUEUED) + counted.emailsNotYetQueued();
        return new BulkProgressView(bulk.getId(), bulk.getPoolId(), bulk.getStatus().name(), bulk.getPlannedSms(),
                bulk.getPlannedEmail(), bulk.getPlannedSkipped(), bulk.getEstimatedSeconds(),
                bulk.getStatus() == BulkSend.Status.PLANNED ? bulk.getPlannedSms()
                        : Math.max(0, bulk.getPlannedSms() - created), counts, emailsPending,
                emailCounts.get(EmailMessage.Status.SENT), emailCounts.get(EmailMessage.Status.FAILED));
    }

    /**
     * Who gets the message how: by text, by email (no mobile, or opted out of this pool's texts), or not at all
     * (a mobile someone earlier in the list already gets it on, or no way to reach them), with the reason.
     */
    private List<BulkRecipient> recipients(long bulkId, long poolId, Audience audience, long caller,
            RecordType recordType) {
        List<Long> ids = audienceIds(audience, caller);
        if (ids.size() > MAX_RECIPIENTS) {
            throw DomainException.invalid("A bulk send reaches at most " + MAX_RECIPIENTS + " people");
        }
        List<Person> persons = people.loadForTexting(ids);
        if (persons.size() != ids.size()) {
            Set<Long> found = new HashSet<>(persons.stream().map(Person::getId).toList());
            Long missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElse(null);
            throw DomainException.notFound("Person", missing);
        }
        persons.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        Map<Long, Optional<RecordType>> types = new HashMap<>();
        persons.forEach(person -> types.put(person.getId(), recordFor(person, recordType)));
        Set<PhoneNumber> optedOut = consent.blocked(persons.stream()
                .flatMap(person -> types.get(person.getId()).flatMap(person::mobileFor).map(Phone::getNumber).stream())
                .toList(), ConsentScope.pool(poolId));
        Set<PhoneNumber> taken = new HashSet<>();
        List<BulkRecipient> recipients = new ArrayList<>(persons.size());
        for (Person person : persons) {
            Optional<RecordType> type = types.get(person.getId());
            Optional<PhoneNumber> mobile = type.flatMap(person::mobileFor).map(Phone::getNumber);
            String record = type.map(Enum::name).orElse(null);
            boolean hasEmail = person.getEmail() != null && !person.getEmail().isBlank();
            if (mobile.isPresent() && optedOut.contains(mobile.get())) {
                recipients.add(hasEmail
                        ? new BulkRecipient(bulkId, person.getId(), Channel.EMAIL, null, record, OPTED_OUT)
                        : new BulkRecipient(bulkId, person.getId(), Channel.SKIPPED, mobile.get(), record,
                                OPTED_OUT_NO_EMAIL));
            } else if (mobile.isPresent() && taken.add(mobile.get())) {
                recipients.add(new BulkRecipient(bulkId, person.getId(), Channel.SMS, mobile.get(), record, null));
            } else if (mobile.isPresent()) {
                recipients.add(new BulkRecipient(bulkId, person.getId(), Channel.SKIPPED, mobile.get(), record,
                        SHARED_MOBILE));
            } else if (hasEmail) {
                recipients.add(new BulkRecipient(bulkId, person.getId(), Channel.EMAIL, null, record,
                        FallbackTriggers.NO_MOBILE));
            } else {
                recipients.add(new BulkRecipient(bulkId, person.getId(), Channel.SKIPPED, null, record, NO_CONTACT));
            }
        }
        return recipients;
    }

    private List<Long> audienceIds(Audience audience, long caller) {
        int given = (audience.caseload() ? 1 : 0) + (audience.personIds().isEmpty() ? 0 : 1)
                + (audience.search() == null ? 0 : 1);
        if (given != 1) {
            throw DomainException.invalid("Choose exactly one audience: caseload, people or search");
        }
        List<Long> ids = audience.caseload() ? people.caseloadIds(caller)
                : audience.search() != null ? people.searchIds(audience.search(), MAX_RECIPIENTS + 1)
                : audience.personIds();
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    /** The record to text: the one asked for if the person has it, else their first of student, employee, guardian. */
    private static Optional<RecordType> recordFor(Person person, RecordType requested) {
        if (requested != null) {
            return person.record(requested).map(r -> requested);
        }
        return PREFERRED.stream().filter(t -> person.record(t).isPresent() && person.mobileFor(t).isPresent())
                .findFirst()
                .or(() -> PREFERRED.stream().filter(t -> person.record(t).isPresent()).findFirst());
    }

    private static int count(List<BulkRecipient> recipients, Channel channel) {
        return (int) recipients.stream().filter(r -> r.getChannel() == channel).count();
    }
}
