package org.campussms.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.consent.application.ConsentLedger;
import org.campussms.consent.domain.ConsentEvent;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptOuts;
import org.campussms.platform.PhoneNumber;

/** Consent events in a list and the opt-outs they project per phone: the ledger the consent rules keep. */
public final class InMemoryConsentLedger implements ConsentLedger {

    private final List<ConsentEvent> events = new ArrayList<>();
    private final Map<PhoneNumber, OptOuts> state = new HashMap<>();

    public List<ConsentEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public ConsentEvent add(ConsentEvent event) {
        Wiring.setField(event, "id", events.size() + 1L);
        events.add(event);
        return event;
    }

    @Override
    public OptOuts lockOptOuts(PhoneNumber phone) {
        return state.getOrDefault(phone, OptOuts.none());
    }

    @Override
    public void changeOptOuts(ConsentEvent event, OptOuts before, OptOuts after) {
        state.put(event.getPhone(), after);
    }

    @Override
    public boolean blocks(PhoneNumber phone, ConsentScope sender) {
        return lockOptOuts(phone).blocks(sender);
    }

    @Override
    public Set<PhoneNumber> blocked(Collection<PhoneNumber> phones, ConsentScope sender) {
        return phones.stream().filter(phone -> blocks(phone, sender)).collect(Collectors.toSet());
    }

    @Override
    public List<ConsentEvent> eventsOf(PhoneNumber phone) {
        return events.stream().filter(e -> e.getPhone().equals(phone)).toList();
    }

    @Override
    public Map<Long, List<ConsentEvent>> optOutsInEffectByPerson(Collection<Long> personIds) {
        throw new UnsupportedOperationException("not on the keyword path");
    }

    @Override
    public List<ConsentEvent> optOutsInEffect(Collection<PhoneNumber> phones) {
        throw new UnsupportedOperationException("not on the keyword path");
    }

    @Override
    public List<ConsentEvent> lastOptIns(Collection<PhoneNumber> phones) {
        throw new UnsupportedOperationException("not on the keyword path");
    }

    @Override
    public Set<PhoneNumber> withHistory(Collection<PhoneNumber> phones) {
        throw new UnsupportedOperationException("not on the keyword path");
    }

    @Override
    public List<ConsentEvent> history(long personId, Collection<PhoneNumber> phones) {
        throw new UnsupportedOperationException("not on the keyword path");
    }

    @Override
    public void rebuildState() {
        throw new UnsupportedOperationException("the in-memory state is never stale");
    }
}
