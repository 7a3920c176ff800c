package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.domain.Segments;
import org.campussms.conversation.infrastructure.FooterLedger;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.application.PersonalNumbers;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Previews a send as {@link MessagingService} would make it, with the same access checks and nothing written: which
 * mobile, the footer when due, segments and encoding, and whether it would go as a text or as an email, and why.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class MessagePreviews {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private PersonalNumbers personalNumbers;

    @Inject
    private PeopleLookup people;

    @Inject
    private FooterLedger footers;

    @Inject
    private ConsentService consent;

    @Inject
    private Clock clock;

    public MessagePreview preview(SendCommand command) {
        Pool pool = command.personal() ? null : poolAccess.requireMember(command.poolId());
        Person person = people.find(command.personId())
                .orElseThrow(() -> DomainException.notFound("Person", command.personId()));
        String body = Recipients.expand(command.body() == null ? "" : command.body().strip(), person,
                identity.caller(), pool);
        RecordType recordType = Recipients.recordToText(person, command.recordType());
        Optional<PhoneNumber> to = person.mobileFor(recordType).map(Phone::getNumber);
        Instant now = clock.instant();
        Optional<SenderNumber> personal = pool == null ? personalNumbers.find(identity.caller().getId())
                : Optional.empty();
        String from = pool != null ? null
                : personal.map(n -> n.getNumber() == null ? null : n.getNumber().e164()).orElse(null);
        boolean footer = pool != null && to.isPresent()
                && footers.dueAmong(pool, List.of(to.get()), now).contains(to.get());
        String sentText = footer ? body + "\n" + pool.footer() : body;
        Outbox.requireFits(body, footer ? pool.footer() : null);
        Segments segments = Segments.of(sentText);
        String reason = to.isEmpty() ? FallbackTriggers.NO_MOBILE
                : !consent.mayText(to.get(), scope(pool, personal)) ? FallbackTriggers.OPTED_OUT
                : null;
        return new MessagePreview(from, to.map(PhoneNumber::e164).orElse(null), recordType.name(), sentText, footer,
                segments.count(), segments.encoding().name(), Segments.notGsm7(sentText),
                reason == null ? "SMS" : "EMAIL", reason == null ? null : person.getEmail(), reason);
    }

    private static ConsentScope scope(Pool pool, Optional<SenderNumber> personal) {
        if (pool != null) {
            return ConsentScope.pool(pool.getId());
        }
        // A personal number not bought yet has no opt-outs of its own; only those of every sender apply.
        return personal.map(n -> ConsentScope.personalNumber(n.getId())).orElse(ConsentScope.all());
    }
}
