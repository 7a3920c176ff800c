package org.campussms.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.campussms.consent.domain.ConsentChange;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentEvent;
import org.campussms.consent.domain.ConsentHistory;
import org.campussms.consent.domain.ConsentIntent;
import org.campussms.consent.domain.ConsentKeywords;
import org.campussms.consent.domain.ConsentReplies;
import org.campussms.consent.domain.ConsentRequest;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.consent.domain.OptOuts;
import org.campussms.consent.domain.OptedIn;
import org.campussms.consent.domain.OptedOut;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.PhonesEntered;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Consent: records every opt-out and opt-in as events, keeps the opt-outs in effect beside them in the same
 * transaction, and answers "may we text this number from this sender?" for every send path.
 *
 * <p>The system methods run for queue consumers, which have no caller identity, and join their transaction (the
 * default, REQUIRED): an inbound STOP is stored with the message that carried it, or not at all.
 *
 * <p>An opt-out applies to all the person's phones: every phone of every person who has the number on file gets
 * an event of the same scope, and so does a phone added to them later. An opt-in re-enables only the number it came
 * from, and only the scope it names.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ConsentService {

    /** Twilio's error for a send to a recipient who unsubscribed from the sending number. */
    public static final int CARRIER_UNSUBSCRIBED = 21610;

    @Inject
    private ConsentLedger consents;

    @Inject
    private PeopleLookup people;

    @Inject
    private PoolLookup pools;

    @Inject
    private StaffLookup users;

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<OptedOut> optedOut;

    @Inject
    private Event<OptedIn> optedIn;

    @Inject
    private Event<ConsentRecorded> recorded;

    /**
     * Acts on a consent keyword in an inbound message (or, when the body is none of ours, the carrier's
     * OptOutType): records the opt-out or opt-in and returns it with the reply to send.
     *
     * @param senderScope the sender the message was sent to: the pool of the To number, or that personal number
     * @param optOutType  Twilio's OptOutType parameter, null when absent
     */
    @PermitAll
    public ConsentOutcome applyInbound(PhoneNumber from, ConsentScope senderScope, String body, String optOutType,
            Long inboundMessageId, Instant at) {
        Optional<ConsentRequest> read = ConsentKeywords.read(body, optOutType);
        if (read.isEmpty()) {
            return ConsentOutcome.none();
        }
        ConsentRequest request = read.get();
        ConsentReplies replies = new ConsentReplies(settings.institutionName());
        return switch (request.intent()) {
            case STOP_SENDER, STOP_ALL -> {
                ConsentScope scope = request.intent() == ConsentIntent.STOP_ALL
                        ? ConsentScope.all() : senderScope;
                optOut(from, null, new ConsentChange(ConsentChoice.OPT_OUT, scope, request.source(),
                        request.detail(), null, inboundMessageId, at));
                yield ConsentOutcome.optedOut(scope,
                        scope.isAll() ? replies.stoppedAll() : replies.stopped(senderName(scope)));
            }
            case START, RESUME_SENDER -> resume(from, senderScope, request.intent() == ConsentIntent.START,
                    new ConsentChange(ConsentChoice.OPT_IN, senderScope, request.source(), request.detail(), null,
                            inboundMessageId, at), replies);
            case HELP -> ConsentOutcome.help(replies.help(senderName(senderScope)));
        };
    }

    /**
     * The person asked a sender for texts again: its opt-out is lifted, and with START (not YES) an institution-wide
     * one too. Opt-outs of other senders stay: each is lifted by a word to that sender.
     */
    private ConsentOutcome resume(PhoneNumber from, ConsentScope sender, boolean liftsEverySender,
            ConsentChange change, ConsentReplies replies) {
        Long person = personOf(from);
        OptOuts before = consents.lockOptOuts(from);
        optIn(from, person, change);
        if (liftsEverySender && !sender.isAll() && before.scopes().contains(ConsentScope.all())) {
            optIn(from, person, new ConsentChange(ConsentChoice.OPT_IN, ConsentScope.all(), change.source(),
                    change.detail(), null, change.inboundMessageId(), change.at()));
        }
        String reply = consents.blocks(from, sender) ? replies.stillStoppedAll()
                : replies.started(senderName(sender));
        return ConsentOutcome.optedIn(sender, reply);
    }

    /**
     * Records the carrier's refusal of a send because the recipient unsubscribed from the sending number (Twilio
     * 21610) as an opt-out of that sender.
     */
    @PermitAll
    public void carrierOptOut(PhoneNumber to, ConsentScope senderScope, int errorCode, Instant at) {
        if (errorCode != CARRIER_UNSUBSCRIBED) {
            throw new IllegalArgumentException("Carrier error " + errorCode + " is not an opt-out");
        }
        optOut(to, null, new ConsentChange(ConsentChoice.OPT_OUT, senderScope, ConsentSource.CARRIER_ERROR,
                String.valueOf(errorCode), null, null, at));
    }

    /** Whether texts from {@code senderScope} may go to this number now. */
    @PermitAll
    public boolean mayText(PhoneNumber to, ConsentScope senderScope) {
        return !consents.blocks(to, senderScope);
    }

    /** The numbers among these that have stopped texts from {@code senderScope}. */
    @PermitAll
    public Set<PhoneNumber> blocked(Collection<PhoneNumber> to, ConsentScope senderScope) {
        return consents.blocked(to, senderScope);
    }

    /**
     * A mobile entered by staff starts opted in: records an opt-in for each number without any consent history, in
     * the transaction that enters them. A number with history keeps it, so that entering or importing it again never
     * clears an opt-out. A number added to a person who stopped texts on another of their numbers starts stopped
     * the same way, as if it had been on file when they asked: an opt-out covers all of a person's phones.
     */
    @PermitAll
    public void phonesEntered(@Observes PhonesEntered entered) {
        ConsentSource source = entered.entry() == PhonesEntered.Entry.IMPORT ? ConsentSource.IMPORT
                : ConsentSource.STAFF;
        Set<PhoneNumber> known = consents.withHistory(entered.personIdByPhone().keySet());
        Map<Long, List<ConsentEvent>> optOutsByPerson = consents.optOutsInEffectByPerson(
                Set.copyOf(entered.personIdByPhone().values()));
        ConsentChange change = new ConsentChange(ConsentChoice.OPT_IN, ConsentScope.all(), source, null,
                entered.actorStaffUserId(), null, entered.at());
        entered.personIdByPhone().forEach((phone, personId) -> {
            Map<ConsentScope, ConsentEvent> carried = new LinkedHashMap<>();
            optOutsByPerson.getOrDefault(personId, List.of()).stream()
                    .filter(optOut -> !optOut.getPhone().equals(phone))
                    .forEach(optOut -> carried.putIfAbsent(optOut.scope(), optOut));
            if (!known.contains(phone) && !carried.containsKey(ConsentScope.all())) {
                // Nothing to clear and nothing to tell the delivery consumer: record the event only.
                consents.add(new ConsentEvent(personId, phone, change));
            }
            carried.values().forEach(optOut -> carryOptOut(phone, personId, optOut, entered.at()));
        });
    }

    /** Stops a person's new number as another of their numbers is stopped, with the same evidence. */
    private void carryOptOut(PhoneNumber phone, Long personId, ConsentEvent optOut, Instant at) {
        if (consents.lockOptOuts(phone).scopes().contains(optOut.scope())) {
            return;
        }
        ConsentChange change = new ConsentChange(ConsentChoice.OPT_OUT, optOut.scope(), optOut.getSource(),
                optOut.getDetail(), optOut.getActorStaffUserId(), optOut.getInboundMessageId(), at);
        record(phone, personId, change);
        optedOut.fire(new OptedOut(phone, change.scope(), at));
    }

    /**
     * Records the consent a person gave on a form for one of their numbers. An opt-out covers all their numbers, as
     * if they had texted STOP; an opt-in only this one. An opt-in for every sender (scope ALL), or one that would undo
     * a STOP the person texted or the carrier reported, is for institution admins with the signed form's reference:
     * staff must not be able to text someone again who asked them to stop.
     *
     * @param formReference where the signed form is kept (stored with the event); required where said above
     * @return the events recorded
     */
    public List<ConsentEventView> recordConsent(long personId, String phone, ConsentChoice choice,
            ConsentScope scope, String formReference) {
        if (choice == null || scope == null) {
            throw DomainException.invalid("A consent needs a choice and a scope");
        }
        PhoneNumber number = PhoneNumber.parse(phone, settings.defaultPhoneRegion());
        Person person = people.find(personId).orElseThrow(() -> DomainException.notFound("Person", personId));
        if (person.getPhones().stream().noneMatch(p -> p.getNumber().equals(number))) {
            throw DomainException.invalid(number + " is not a phone of person " + personId);
        }
        requireScopeAccess(scope);
        String reference = formReference == null || formReference.isBlank() ? null : formReference.strip();
        if (choice == ConsentChoice.OPT_IN) {
            requireOptInAuthority(number, scope, reference);
        }
        ConsentChange change = new ConsentChange(choice, scope, ConsentSource.FORM, reference,
                identity.caller().getId(), null, clock.instant());
        List<ConsentEvent> recorded = choice == ConsentChoice.OPT_OUT
                ? optOut(number, personId, change)
                : List.of(optIn(number, personId, change));
        return recorded.stream().map(ConsentEventView::of).toList();
    }

    /**
     * The consent events of a person and of their numbers, newest first, as the opt-out report shows them: events for
     * every sender, and those of the caller's pools and personal number (all, for institution admins).
     */
    public List<ConsentEventView> history(long personId) {
        Person person = people.find(personId).orElseThrow(() -> DomainException.notFound("Person", personId));
        List<PhoneNumber> phones = person.getPhones().stream().map(Phone::getNumber).toList();
        Predicate<ConsentEvent> visible = visibleScopes();
        return consents.history(personId, phones).stream().filter(visible).map(ConsentEventView::of).toList();
    }

    /**
     * The consent events of these phones the caller may see (as {@link #history}), newest first: what a conversation's
     * timeline shows of its contact's consent.
     */
    public List<ConsentEventView> eventsOfPhones(Collection<PhoneNumber> phones) {
        Predicate<ConsentEvent> visible = visibleScopes();
        return consents.history(-1, phones).stream().filter(visible).map(ConsentEventView::of).toList();
    }

    /** Where each of these phones stands, as the caller may see it (see {@link PhoneConsentView}). */
    public Map<String, PhoneConsentView> phoneConsents(Collection<String> phones) {
        List<PhoneNumber> numbers = phones.stream().distinct().map(PhoneNumber::ofE164).toList();
        Predicate<ConsentEvent> visible = visibleScopes();
        Map<String, List<ConsentEventView>> optOuts = consents.optOutsInEffect(numbers).stream().filter(visible)
                .map(ConsentEventView::of).collect(Collectors.groupingBy(ConsentEventView::phone));
        Map<String, ConsentEventView> optIns = consents.lastOptIns(numbers).stream().filter(visible)
                .map(ConsentEventView::of)
                .collect(Collectors.toMap(ConsentEventView::phone, e -> e));
        Map<String, PhoneConsentView> found = new LinkedHashMap<>();
        for (PhoneNumber number : numbers) {
            String phone = number.e164();
            found.put(phone, new PhoneConsentView(phone, optOuts.getOrDefault(phone, List.of()), optIns.get(phone)));
        }
        return found;
    }

    /** Replays all consent events into the projection of opt-outs in effect. Institution admins only. */
    public void rebuildState() {
        identity.requireInstitutionAdmin();
        consents.rebuildState();
    }

    private List<ConsentEvent> optOut(PhoneNumber phone, Long personId, ConsentChange change) {
        List<ConsentEvent> recorded = new ArrayList<>();
        phonesOfPeopleWith(phone, personId).forEach((number, owner) -> {
            recorded.add(record(number, owner, change));
            optedOut.fire(new OptedOut(number, change.scope(), change.at()));
        });
        return recorded;
    }

    private ConsentEvent optIn(PhoneNumber phone, Long personId, ConsentChange change) {
        ConsentEvent event = record(phone, personId, change);
        optedIn.fire(new OptedIn(phone, change.scope(), change.at()));
        return event;
    }

    private ConsentEvent record(PhoneNumber phone, Long personId, ConsentChange change) {
        OptOuts before = consents.lockOptOuts(phone);
        ConsentEvent event = consents.add(new ConsentEvent(personId, phone, change));
        consents.changeOptOuts(event, before, before.after(change.action(), change.scope()));
        Long owner = change.scope().kind() == ConsentScope.Kind.PERSONAL_NUMBER
                ? pools.findSender(change.scope().senderNumberId()).map(SenderNumber::getStaffUserId).orElse(null)
                : null;
        recorded.fire(new ConsentRecorded(ConsentEventView.of(event), owner));
        return event;
    }

    /**
     * The number itself (with {@code personId}, else the first person who has it) and every phone of everyone who
     * has it on file, each with the person it belongs to.
     */
    private Map<PhoneNumber, Long> phonesOfPeopleWith(PhoneNumber phone, Long personId) {
        List<Person> owners = people.findByPhone(phone);
        Map<PhoneNumber, Long> phones = new LinkedHashMap<>();
        phones.put(phone, personId != null ? personId : owners.stream().map(Person::getId).findFirst().orElse(null));
        for (Person owner : owners) {
            for (Phone other : owner.getPhones()) {
                phones.putIfAbsent(other.getNumber(), owner.getId());
            }
        }
        return phones;
    }

    private Long personOf(PhoneNumber phone) {
        return people.findByPhone(phone).stream().map(Person::getId).findFirst().orElse(null);
    }

    /** How the sender of a scope is named in replies: the pool's name, or the staff member's. */
    private String senderName(ConsentScope scope) {
        return switch (scope.kind()) {
            case ALL -> settings.institutionName();
            case POOL -> pools.find(scope.poolId()).map(Pool::getName).orElse(settings.institutionName());
            case PERSONAL_NUMBER -> pools.findSender(scope.senderNumberId())
                    .map(SenderNumber::getStaffUserId)
                    .flatMap(users::find)
                    .map(StaffUser::getDisplayName)
                    .orElse(settings.institutionName());
        };
    }

    /**
     * An opt-in that lifts an opt-out the person gave (a keyword, their carrier, their signed form), of this sender
     * or of every sender, since that scope's last opt-in, is for institution admins with the signed form's reference;
     * so is any opt-in for every sender. A member may only opt in a phone nobody opted out.
     */
    private void requireOptInAuthority(PhoneNumber number, ConsentScope scope, String reference) {
        boolean everySender = scope.isAll();
        if (!everySender && !new ConsentHistory(consents.eventsOf(number)).stoppedByThePerson(scope)) {
            return;
        }
        if (!identity.callerIsInstitutionAdmin()) {
            throw DomainException.forbidden(everySender
                    ? "Only institution admins record an opt-in for every sender"
                    : number + " was stopped by the person or the carrier: only the person (texting START) or an "
                            + "institution admin with their signed form may opt it in again");
        }
        if (reference == null) {
            throw DomainException.invalid("This opt-in needs the signed form's reference (formReference)");
        }
    }

    /** Which events the caller may see: the scope of every sender, their pools and personal number; all for admins. */
    private Predicate<ConsentEvent> visibleScopes() {
        if (identity.callerIsInstitutionAdmin()) {
            return event -> true;
        }
        long me = identity.caller().getId();
        Set<Long> myPools = pools.findByMember(me).stream().map(Pool::getId).collect(Collectors.toSet());
        Long myNumber = pools.findPersonal(me).map(SenderNumber::getId).orElse(null);
        return event -> switch (event.scope().kind()) {
            case ALL -> true;
            case POOL -> myPools.contains(event.scope().poolId());
            case PERSONAL_NUMBER -> event.scope().senderNumberId().equals(myNumber);
        };
    }

    /** A pool scope needs access to the pool; a personal-number scope is for its owner or institution admins. */
    private void requireScopeAccess(ConsentScope scope) {
        switch (scope.kind()) {
            case ALL -> {
            }
            case POOL -> poolAccess.requireMember(scope.poolId());
            case PERSONAL_NUMBER -> {
                Optional<Long> owner = pools.findSender(scope.senderNumberId()).map(SenderNumber::getStaffUserId);
                if (owner.isEmpty()) {
                    throw DomainException.notFound("Personal number", scope.senderNumberId());
                }
                if (!identity.callerIsInstitutionAdmin() && !owner.get().equals(identity.caller().getId())) {
                    throw DomainException.forbidden("Only its owner records consent for a personal number");
                }
            }
        }
    }
}
