package org.campussms.consent.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campussms.consent.domain.ConsentEvent;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptOuts;
import org.campussms.platform.PhoneNumber;

/**
 * The consent events and the opt-outs in effect they project, per phone: what the consent rules read and write.
 */
public interface ConsentLedger {

    ConsentEvent add(ConsentEvent event);

    /**
     * The opt-outs of this phone in effect, locked until the transaction ends: the next change of the phone's
     * consent waits for this one, so the projection follows the events in the order of their ids, as a replay does.
     */
    OptOuts lockOptOuts(PhoneNumber phone);

    /** Brings the projection of the event's phone from {@code before} to {@code after}, the event's effect. */
    void changeOptOuts(ConsentEvent event, OptOuts before, OptOuts after);

    /** Whether texts from {@code sender} to this phone are stopped. */
    boolean blocks(PhoneNumber phone, ConsentScope sender);

    /**
     * The phones among these that have stopped texts from {@code sender}, in a query per thousand phones.
     */
    Set<PhoneNumber> blocked(Collection<PhoneNumber> phones, ConsentScope sender);

    /** Every consent event of this phone, oldest first. */
    List<ConsentEvent> eventsOf(PhoneNumber phone);

    /** The events behind the opt-outs in effect on any phone of each of these people, by person. */
    Map<Long, List<ConsentEvent>> optOutsInEffectByPerson(Collection<Long> personIds);

    /** The events behind the opt-outs in effect for these phones. */
    List<ConsentEvent> optOutsInEffect(Collection<PhoneNumber> phones);

    /** The newest opt-in of each of these phones that has one. */
    List<ConsentEvent> lastOptIns(Collection<PhoneNumber> phones);

    /** The phones among these that have any consent event at all. */
    Set<PhoneNumber> withHistory(Collection<PhoneNumber> phones);

    /** The events of a person or of any of these phones, newest first. */
    List<ConsentEvent> history(long personId, Collection<PhoneNumber> phones);

    /**
     * Throws the projection away and replays every event into it, phone by phone in recording order: after a bug
     * or a manual fix of events, this makes the state what the events say.
     */
    void rebuildState();
}
