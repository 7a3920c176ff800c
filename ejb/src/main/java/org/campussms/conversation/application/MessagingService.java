package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.pool.application.PersonalNumbers;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;

/**
 * Sending: a staff user's text becomes a queued message and a queue entry in one transaction ({@link Outbox}).
 * Delivery happens behind the queue.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class MessagingService {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private PoolLookup pools;

    @Inject
    private PersonalNumbers personalNumbers;

    @Inject
    private PeopleLookup people;

    @Inject
    private Outbox outbox;

    @Inject
    private AutomaticAssignment automaticAssignment;

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
        RecordType recordType = Recipients.recordToText(person, command.recordType());
        PhoneNumber to = person.mobileFor(recordType).map(Phone::getNumber)
                .orElseThrow(() -> new DomainException(Problem.INVALID_INPUT, person.getFirstName() + " "
                        + person.getLastName() + " has no mobile number as " + recordType));

        Outbox.Recipient recipient = new Outbox.Recipient(to, person.getId(), recordType.name());
        String body = Recipients.expand(command.body().strip(), person, identity.caller(), pool);
        if (body.isBlank()) {
            throw DomainException.invalid("The message is empty once its variables are filled in");
        }
        if (pool == null) {
            return OutboundView.of(outbox.queuePersonal(personalNumbers.findOrOrder(sentBy, clock.instant()),
                    recipient, body, sentBy, clock.instant()));
        }
        OutboundView queued = OutboundView.of(outbox.queue(pool, pools.senderNumbers(pool.getId()), recipient, body,
                sentBy, null, clock.instant()));
        automaticAssignment.answered(pool, queued.conversationId(), sentBy);
        return queued;
    }

    /** A staff user's personal number: null number while it is PROVISIONING, then ACTIVE. */
    public record PersonalNumberView(String number, String status) {
    }

    /** The caller's personal number, if they have one (it may still be being bought). */
    public Optional<PersonalNumberView> myPersonalNumber() {
        return personalNumbers.find(identity.caller().getId()).map(n -> new PersonalNumberView(
                n.getNumber() == null ? null : n.getNumber().e164(), n.getStatus().name()));
    }
}
