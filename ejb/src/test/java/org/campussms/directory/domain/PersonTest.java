package org.campussms.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final PhoneNumber STUDENT_MOBILE = PhoneNumber.ofE164("+12015550101");
    private static final PhoneNumber EMPLOYEE_MOBILE = PhoneNumber.ofE164("+12015550102");

    private static Person bob() {
        Person bob = new Person("Bob", "Smith", "bob@example.edu", NOW);
        bob.addRecord(RecordType.STUDENT, "S1");
        bob.addRecord(RecordType.EMPLOYEE, "E1");
        return bob;
    }

    @Test
    void eachRecordIsTextedAtItsOwnMobile() {
        Person bob = bob();
        bob.setMobile(RecordType.STUDENT, STUDENT_MOBILE);
        bob.setMobile(RecordType.EMPLOYEE, EMPLOYEE_MOBILE);

        assertEquals(STUDENT_MOBILE, bob.mobileFor(RecordType.STUDENT).orElseThrow().getNumber());
        assertEquals(EMPLOYEE_MOBILE, bob.mobileFor(RecordType.EMPLOYEE).orElseThrow().getNumber());
    }

    @Test
    void aNewMobileForARecordKeepsTheOldOneOnFileUntied() {
        Person bob = bob();
        bob.setMobile(RecordType.STUDENT, STUDENT_MOBILE);
        bob.setMobile(RecordType.STUDENT, EMPLOYEE_MOBILE);

        assertEquals(EMPLOYEE_MOBILE, bob.mobileFor(RecordType.STUDENT).orElseThrow().getNumber());
        assertEquals(2, bob.getPhones().size());
        assertNull(bob.getPhones().get(0).getRecordType());
    }

    @Test
    void aMobileSharedByBothRecordsBelongsToThePerson() {
        Person bob = bob();
        bob.setMobile(RecordType.STUDENT, STUDENT_MOBILE);
        bob.setMobile(RecordType.EMPLOYEE, STUDENT_MOBILE);

        assertEquals(1, bob.getPhones().size());
        assertEquals(STUDENT_MOBILE, bob.mobileFor(RecordType.STUDENT).orElseThrow().getNumber());
        assertEquals(STUDENT_MOBILE, bob.mobileFor(RecordType.EMPLOYEE).orElseThrow().getNumber());
    }

    @Test
    void addingANumberSaysWhetherItIsNewToThePerson() {
        Person bob = bob();

        assertTrue(bob.setMobile(RecordType.STUDENT, STUDENT_MOBILE));
        assertFalse(bob.setMobile(RecordType.EMPLOYEE, STUDENT_MOBILE), "already on file");
        assertFalse(bob.addPhone(STUDENT_MOBILE, PhoneType.MOBILE));
        assertTrue(bob.addPhone(EMPLOYEE_MOBILE, PhoneType.WORK));
    }

    @Test
    void landlinesAreNeverTexted() {
        Person bob = bob();
        bob.addPhone(STUDENT_MOBILE, PhoneType.HOME);

        assertTrue(bob.mobileFor(RecordType.STUDENT).isEmpty());
    }

    @Test
    void anExternalIdNeverChanges() {
        Person bob = bob();
        bob.addRecord(RecordType.STUDENT, "S1");

        DomainException e = assertThrows(DomainException.class, () -> bob.addRecord(RecordType.STUDENT, "S2"));
        assertEquals(Problem.CONFLICT, e.problem());
        bob.addRecord(RecordType.STUDENT, " s1 ");
        assertEquals("S1", bob.record(RecordType.STUDENT).orElseThrow().getExternalId(),
                "the same id in other case, as the database compares them; kept as first given");
    }

    @Test
    void badNamesEmailsAndIdsAreRefused() {
        assertThrows(DomainException.class, () -> new Person(" ", "Smith", null, NOW));
        assertThrows(DomainException.class, () -> new Person("Bob", "Smith", "not-an-email", NOW));
        assertThrows(DomainException.class, () -> bob().addRecord(RecordType.GUARDIAN, "has space"));
    }

    @Test
    void onlyStudentsHaveGuardians() {
        Person gail = new Person("Gail", "Smith", null, NOW);
        Person employee = new Person("Eve", "Employee", null, NOW);
        employee.addRecord(RecordType.EMPLOYEE, "E9");

        assertThrows(DomainException.class, () -> gail.addWard(employee));
        gail.addWard(bob());
        assertEquals(1, gail.getWards().size());
    }
}
