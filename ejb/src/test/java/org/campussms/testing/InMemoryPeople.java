package org.campussms.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.PhoneType;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Sql;

/** People and the phones they have on file, kept in a map: who a number belongs to. */
public final class InMemoryPeople implements PeopleLookup {

    private final Map<Long, Person> people = new LinkedHashMap<>();
    private long nextId = 1;

    public Person add(String firstName, String lastName, String... mobiles) {
        Person person = new Person(firstName, lastName, null, Instant.EPOCH);
        Wiring.setField(person, "id", nextId++);
        for (String mobile : mobiles) {
            person.addPhone(PhoneNumber.ofE164(mobile), PhoneType.MOBILE);
        }
        people.put(person.getId(), person);
        return person;
    }

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<Person> findByPhone(PhoneNumber number) {
        return people.values().stream()
                .filter(p -> p.getPhones().stream().anyMatch(phone -> phone.getNumber().equals(number)))
                .toList();
    }

    @Override
    public Map<PhoneNumber, List<PhoneOwner>> ownersOf(Collection<PhoneNumber> numbers) {
        Map<PhoneNumber, List<PhoneOwner>> owners = new LinkedHashMap<>();
        for (PhoneNumber number : numbers) {
            List<PhoneOwner> of = findByPhone(number).stream()
                    .map(p -> new PhoneOwner(p.getId(), p.getFirstName(), p.getLastName())).toList();
            if (!of.isEmpty()) {
                owners.put(number, of);
            }
        }
        return owners;
    }

    @Override
    public Map<PhoneNumber, List<PhoneOwner>> ownersOf(Sql sql, Collection<PhoneNumber> numbers) {
        return ownersOf(numbers);
    }

    @Override
    public List<Person> loadForTexting(List<Long> ids) {
        return ids.stream().map(people::get).filter(p -> p != null).toList();
    }

    @Override
    public Map<Long, ZoneId> timeZones(Collection<Long> ids) {
        return Map.of();
    }

    @Override
    public List<Long> searchIds(String text, int limit) {
        throw new UnsupportedOperationException("contact search is not kept in memory");
    }

    @Override
    public List<Long> caseloadIds(long staffUserId) {
        throw new UnsupportedOperationException("caseloads are not kept in memory");
    }
}
