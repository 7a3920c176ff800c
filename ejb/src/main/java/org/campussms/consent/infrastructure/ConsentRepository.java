package org.campussms.consent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campussms.consent.application.ConsentLedger;
import org.campussms.consent.domain.ConsentEvent;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptOuts;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Row;

/**
 * Consent events and the {@code consent_state} projection of the opt-outs in effect. The projection is plain SQL:
 * its rows are keys, written with an upsert so that two opt-outs of one phone at once both succeed.
 */
@ApplicationScoped
public class ConsentRepository implements ConsentLedger {

    /** Phones per query of a batch check, well below the database's limits on a statement. */
    static final int CHUNK = 1000;

    @Inject
    private EntityManager em;

    @Override
    public ConsentEvent add(ConsentEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public OptOuts lockOptOuts(PhoneNumber phone) {
        List<Tuple> rows = em.createNativeQuery("select scope, scope_ref from consent_state "
                        + "where phone_e164 = :phone for update", Tuple.class)
                .setParameter("phone", phone.e164()).getResultList();
        Set<ConsentScope> scopes = new HashSet<>();
        for (Tuple tuple : rows) {
            Row row = Row.of(tuple);
            scopes.add(ConsentScope.of(row.getEnum("scope", ConsentScope.Kind.class), row.getLong("scope_ref")));
        }
        return new OptOuts(scopes);
    }

    @Override
    public void changeOptOuts(ConsentEvent event, OptOuts before, OptOuts after) {
        if (before.equals(after)) {
            return;
        }
        em.flush();
        for (ConsentScope gone : before.scopes()) {
            if (!after.scopes().contains(gone)) {
                em.createNativeQuery("delete from consent_state where phone_e164 = :phone and scope = :scope "
                                + "and scope_ref = :ref")
                        .setParameter("phone", event.getPhone().e164())
                        .setParameter("scope", gone.kind().name())
                        .setParameter("ref", gone.ref())
                        .executeUpdate();
            }
        }
        for (ConsentScope added : after.scopes()) {
            if (!before.scopes().contains(added)) {
                insertOptOut(event, added);
            }
        }
    }

    @Override
    public boolean blocks(PhoneNumber phone, ConsentScope sender) {
        return !blocked(List.of(phone), sender).isEmpty();
    }

    /**
     * One query per {@value #CHUNK}. Without a flush first: {@code consent_state} is no entity's table and its native
     * writes take effect at once, so nothing pending in the persistence context can change the answer, and a flush
     * before each chunk dirty-checked every person a bulk send's plan had loaded.
     */
    @Override
    public Set<PhoneNumber> blocked(Collection<PhoneNumber> phones, ConsentScope sender) {
        Set<PhoneNumber> blocked = new HashSet<>();
        for (List<String> chunk : chunks(phones)) {
            List<?> rows = em.createNativeQuery("select distinct phone_e164 from consent_state "
                            + "where phone_e164 in (:phones) and (scope = 'ALL' or (scope = :scope and scope_ref = :ref))")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("phones", chunk)
                    .setParameter("scope", sender.kind().name())
                    .setParameter("ref", sender.ref())
                    .getResultList();
            rows.forEach(row -> blocked.add(PhoneNumber.ofE164((String) row)));
        }
        return blocked;
    }

    @Override
    public List<ConsentEvent> eventsOf(PhoneNumber phone) {
        return em.createNamedQuery(ConsentEvent.FIND_BY_PHONE, ConsentEvent.class)
                .setParameter("phone", phone)
                .getResultList();
    }

    @Override
    public Map<Long, List<ConsentEvent>> optOutsInEffectByPerson(Collection<Long> personIds) {
        Map<Long, List<ConsentEvent>> byPerson = new HashMap<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Tuple> rows = em.createNativeQuery("select p.person_id, s.event_id from phone p "
                            + "join consent_state s on s.phone_e164 = p.e164 where p.person_id in (:people)",
                            Tuple.class)
                    .setParameter("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList();
            // A phone on file for two people (a shared family mobile) puts its opt-outs under each of them.
            Map<Long, List<Long>> peopleByEvent = new HashMap<>();
            for (Tuple tuple : rows) {
                Row row = Row.of(tuple);
                peopleByEvent.computeIfAbsent(row.getLong("event_id"), id -> new ArrayList<>())
                        .add(row.getLong("person_id"));
            }
            for (ConsentEvent event : events(List.copyOf(peopleByEvent.keySet()))) {
                peopleByEvent.get(event.getId()).forEach(person ->
                        byPerson.computeIfAbsent(person, id -> new ArrayList<>()).add(event));
            }
        }
        return byPerson;
    }

    @Override
    public List<ConsentEvent> optOutsInEffect(Collection<PhoneNumber> phones) {
        if (phones.isEmpty()) {
            return List.of();
        }
        List<Tuple> ids = em.createNativeQuery("select event_id from consent_state where phone_e164 in (:phones)",
                        Tuple.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("phones", phones.stream().map(PhoneNumber::e164).toList())
                .getResultList();
        return events(ids.stream().map(id -> Row.of(id).getLong("event_id")).toList());
    }

    @Override
    public List<ConsentEvent> lastOptIns(Collection<PhoneNumber> phones) {
        if (phones.isEmpty()) {
            return List.of();
        }
        List<Tuple> ids = em.createNativeQuery("select max(id) as id from consent_event "
                        + "where phone_e164 in (:phones) and action = 'OPT_IN' group by phone_e164", Tuple.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("phones", phones.stream().map(PhoneNumber::e164).toList())
                .getResultList();
        return events(ids.stream().map(id -> Row.of(id).getLong("id")).toList());
    }

    private List<ConsentEvent> events(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select e from ConsentEvent e where e.id in :ids "
                + "order by e.id desc", ConsentEvent.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Set<PhoneNumber> withHistory(Collection<PhoneNumber> phones) {
        Set<PhoneNumber> found = new HashSet<>();
        for (List<String> chunk : chunks(phones)) {
            found.addAll(em.createNamedQuery(ConsentEvent.PHONES_WITH_HISTORY, PhoneNumber.class)
                    .setParameter("phones", chunk.stream().map(PhoneNumber::ofE164).toList())
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<ConsentEvent> history(long personId, Collection<PhoneNumber> phones) {
        // "in ()" is not valid SQL; a number that cannot exist stands in for no phones.
        Collection<PhoneNumber> any = phones.isEmpty() ? List.of(PhoneNumber.ofE164("+0")) : phones;
        return em.createNamedQuery(ConsentEvent.HISTORY, ConsentEvent.class)
                .setParameter("personId", personId)
                .setParameter("phones", any)
                .getResultList();
    }

    @Override
    public void rebuildState() {
        em.flush();
        em.createNativeQuery("delete from consent_state").executeUpdate();
        List<PhoneNumber> phones = em.createQuery("select distinct e.phone from ConsentEvent e", PhoneNumber.class)
                .getResultList();
        for (PhoneNumber phone : phones) {
            OptOuts state = OptOuts.none();
            Map<ConsentScope, ConsentEvent> since = new HashMap<>();
            for (ConsentEvent event : em.createNamedQuery(ConsentEvent.FIND_BY_PHONE, ConsentEvent.class)
                    .setParameter("phone", phone).getResultList()) {
                state = state.after(event.getAction(), event.scope());
                since.keySet().retainAll(state.scopes());
                for (ConsentScope scope : state.scopes()) {
                    since.putIfAbsent(scope, event);
                }
            }
            since.forEach((scope, event) -> insertOptOut(event, scope));
            em.clear();
        }
    }

    private void insertOptOut(ConsentEvent event, ConsentScope scope) {
        // A row already there (a concurrent opt-out of the same scope) keeps its first event.
        em.createNativeQuery("insert into consent_state (phone_e164, scope, scope_ref, event_id, since) "
                        + "values (:phone, :scope, :ref, :event, :since) on duplicate key update event_id = event_id")
                .setParameter("phone", event.getPhone().e164())
                .setParameter("scope", scope.kind().name())
                .setParameter("ref", scope.ref())
                .setParameter("event", event.getId())
                .setParameter("since", event.getOccurredAt())
                .executeUpdate();
    }

    private static List<List<String>> chunks(Collection<PhoneNumber> phones) {
        List<String> all = phones.stream().map(PhoneNumber::e164).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
