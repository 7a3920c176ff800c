package org.campussms.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.application.PeopleLookup.PhoneOwner;
import org.campussms.directory.domain.CaseloadAssignment;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.RecordType;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Persistence;
import org.campussms.platform.persistence.Sql;

@ApplicationScoped
public class PersonRepository implements PeopleLookup {

    /** Ids per query of a batch lookup, well below the database's limits on a statement. */
    private static final int LOOKUP_CHUNK = 1000;
    /**
     * External id and person of the records of a type with any of these ids. A query string, not a named query: the
     * named one, asked for as Tuples, had no element under its alias and every import failed.
     */
    private static final String BY_RECORDS = "select r.externalId as external_id, r.person as holder "
            + "from PersonRecord r where r.type = :type and r.externalId in :ids";

    @Inject
    private EntityManager em;

    @Inject
    private Database database;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /**
     * A person's id in a source system (their student, employee or guardian record), as the database compares it:
     * without surrounding blanks and regardless of case (the column's collation), so "s1" finds the record "S1".
     */
    public record RecordKey(RecordType type, String externalId) {

        public RecordKey {
            externalId = externalId.strip().toUpperCase(Locale.ROOT);
        }
    }

    /**
     * The people who hold any of these records, by record: a query per {@value #LOOKUP_CHUNK} ids, whatever their
     * count. For imports, which check every row against the directory: asked one row at a time, each query flushed
     * the session's people imported so far first, so a batch's cost grew with its square.
     */
    public Map<RecordKey, Person> findByRecords(Collection<RecordKey> keys) {
        Map<RecordKey, Person> found = new HashMap<>();
        Map<RecordType, List<String>> idsByType = new EnumMap<>(RecordType.class);
        keys.stream().distinct().forEach(key -> idsByType.computeIfAbsent(key.type(), t -> new ArrayList<>())
                .add(key.externalId()));
        idsByType.forEach((type, ids) -> {
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                em.createQuery(BY_RECORDS, Tuple.class)
                        .setParameter("type", type)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                        .getResultList()
                        .forEach(row -> found.put(new RecordKey(type, row.get("external_id", String.class)),
                                row.get("holder", Person.class)));
            }
        });
        return found;
    }

    @Override
    public List<Person> findByPhone(PhoneNumber number) {
        return em.createNamedQuery(Person.FIND_BY_PHONE, Person.class).setParameter("number", number).getResultList();
    }

    @Override
    public Map<PhoneNumber, List<PhoneOwner>> ownersOf(Collection<PhoneNumber> numbers) {
        return database.sql("look up the owners of " + numbers.size() + " numbers", sql -> ownersOf(sql, numbers));
    }

    /**
     * JDBC, so no session is flushed first: people are written by transactions of their own (imports, staff edits),
     * never by an inbound batch.
     */
    @Override
    public Map<PhoneNumber, List<PhoneOwner>> ownersOf(Sql sql, Collection<PhoneNumber> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        List<PhoneNumber> distinct = List.copyOf(new LinkedHashSet<>(numbers));
        Map<PhoneNumber, List<PhoneOwner>> found = new HashMap<>();
        // A person has a number on file once (uk_phone_person_number): no DISTINCT, and the order is made here, so the
        // database plans no temporary table and no sort: planning took a ninth of the database's work for a batch.
        sql.query("SELECT ph.e164, p.id, p.first_name, "
                + "p.last_name FROM phone ph JOIN person p ON p.id = ph.person_id WHERE ph.e164 IN ("
                + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")",
                p -> distinct.forEach(number -> p.setString(number.e164())),
                row -> Map.entry(PhoneNumber.ofE164(row.getString("e164")), new PhoneOwner(row.getLong("id"),
                        row.getString("first_name"), row.getString("last_name"))))
                .forEach(owner -> found.computeIfAbsent(owner.getKey(), n -> new ArrayList<>()).add(owner.getValue()));
        found.values().forEach(owners -> owners.sort(Comparator.comparingLong(PhoneOwner::personId)));
        return found;
    }

    @Override
    public List<Person> loadForTexting(List<Long> ids) {
        List<Person> loaded = new java.util.ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            loaded.addAll(em.createQuery("select distinct p from Person p left join fetch p.phones "
                    + "where p.id in :ids", Person.class).setParameter("ids", chunk)
                    .setHint(Persistence.READ_ONLY_HINT, true).getResultList());
            em.createQuery("select distinct p from Person p left join fetch p.records where p.id in :ids",
                    Person.class).setParameter("ids", chunk).setHint(Persistence.READ_ONLY_HINT, true).getResultList();
        }
        return loaded;
    }

    @Override
    public Map<Long, ZoneId> timeZones(Collection<Long> ids) {
        Map<Long, ZoneId> zones = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select p.id as person_id, p.timeZone as time_zone from Person p where p.id in :ids "
                            + "and p.timeZone is not null", Tuple.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList()
                    .forEach(row -> zones.put(row.get("person_id", Long.class),
                            ZoneId.of(row.get("time_zone", String.class))));
        }
        return zones;
    }

    @Override
    public List<Long> searchIds(String text, int limit) {
        return search(text, 0, limit).stream().map(Person::getId).toList();
    }

    @Override
    public List<Long> caseloadIds(long staffUserId) {
        return em.createQuery("select c.studentId from CaseloadAssignment c where c.staffUserId = :u", Long.class)
                .setParameter("u", staffUserId).getResultList();
    }

    public Person add(Person person) {
        em.persist(person);
        return person;
    }

    /**
     * People whose first or last name starts with the text (case-insensitive by the column collation); two words
     * match first and last name in either order.
     */
    public List<Person> search(String text, int offset, int limit) {
        return searchQuery(text, Person.class, "select p").setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count(String text) {
        return searchQuery(text, Long.class, "select count(p)").getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(String text, Class<T> type, String select) {
        String[] words = text.strip().split("\\s+", 2);
        String order = type == Person.class ? " order by p.lastName, p.firstName, p.id" : "";
        if (words.length == 2) {
            return em.createQuery(select + " from Person p where (p.firstName like :a escape '!' and p.lastName like "
                            + ":b escape '!') or (p.firstName like :b escape '!' and p.lastName like :a escape '!')"
                            + order, type)
                    .setParameter("a", prefix(words[0]))
                    .setParameter("b", prefix(words[1]));
        }
        return em.createQuery(select + " from Person p where p.firstName like :a escape '!' "
                        + "or p.lastName like :a escape '!'" + order, type)
                .setParameter("a", prefix(words[0]));
    }

    private static String prefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The guardians on file for a student, by name. */
    public List<Person> guardiansOf(long studentId) {
        return em.createQuery("select g from Person g join g.wards w where w.id = :id order by g.lastName, "
                + "g.firstName, g.id", Person.class).setParameter("id", studentId).getResultList();
    }

    /** The students a guardian is on file for, by name. */
    public List<Person> wardsOf(long guardianId) {
        return em.createQuery("select w from Person g join g.wards w where g.id = :id order by w.lastName, "
                + "w.firstName, w.id", Person.class).setParameter("id", guardianId).getResultList();
    }

    public List<Person> caseloadOf(long staffUserId) {
        return em.createNamedQuery(CaseloadAssignment.STUDENTS_OF, Person.class)
                .setParameter("staffUserId", staffUserId)
                .getResultList();
    }

    public void replaceCaseload(long staffUserId, Collection<Person> students) {
        em.createNamedQuery(CaseloadAssignment.CLEAR).setParameter("staffUserId", staffUserId).executeUpdate();
        for (Person student : students) {
            em.persist(new CaseloadAssignment(staffUserId, student.getId()));
        }
    }

    public void flush() {
        em.flush();
    }
}
