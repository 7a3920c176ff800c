package org.campussms.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.campussms.directory.application.PersonData;
import org.campussms.directory.domain.RecordType;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static List<PersonData> read(String csv) throws IOException {
        return PeopleCsv.read(new StringReader(csv), 100);
    }

    @Test
    void readsPeopleWithTheirRecordsMobilesAndWards() throws IOException {
        List<PersonData> people = read("""
                first_name,last_name,email,student_id,student_mobile,employee_id,employee_mobile,guardian_id,guardian_of\r
                Bob,"Smith, Jr.",bob@example.edu,S1,(201) 555-0101,E1,+12015550102,,\r
                Gail,Smith,,,,,,G1,S1; S2
                """);

        assertEquals(2, people.size());
        PersonData bob = people.get(0);
        assertEquals("Smith, Jr.", bob.lastName());
        assertEquals(List.of(new PersonData.Record(RecordType.STUDENT, "S1", "(201) 555-0101"),
                new PersonData.Record(RecordType.EMPLOYEE, "E1", "+12015550102")), bob.records());
        PersonData gail = people.get(1);
        assertNull(gail.email());
        assertEquals(List.of(new PersonData.Record(RecordType.GUARDIAN, "G1", null)), gail.records());
        assertEquals(List.of("S1", "S2"), gail.guardianOf());
    }

    @Test
    void quotesInsideQuotedFieldsAreDoubled() throws IOException {
        PersonData person = read("first_name,last_name,student_id\n\"Robert \"\"Bob\"\"\",Smith,S1\n").get(0);

        assertEquals("Robert \"Bob\"", person.firstName());
    }

    @Test
    void unknownColumnsMissingNamesAndMobilesWithoutIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("first_name,last_name,shoe_size\n"));
        assertThrows(IllegalArgumentException.class, () -> read("first_name,student_id\nBob,S1\n"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> read("first_name,last_name,student_mobile\nBob,Smith,+12015550101\n"));
        assertEquals("Line 2: student_mobile without student_id", e.getMessage());
    }

    @Test
    void aQuotedFieldLeftOpenIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> read("first_name,last_name\n\"Bob,Smith\n"));

        assertEquals("A quoted field is not closed", e.getMessage());
    }

    @Test
    void quotesInsideAnUnquotedFieldAndTextAfterAClosingQuoteAreKept() throws IOException {
        PersonData person = read("first_name,last_name,student_id\nBob \"the\" Builder,\"Smith\" Jr,S1\n").get(0);

        assertEquals("Bob \"the\" Builder", person.firstName());
        assertEquals("Smith Jr", person.lastName());
    }

    @Test
    void linesAreCountedAsRecordsWithBlankLinesAndTheHeader() {
        var e = assertThrows(IllegalArgumentException.class, () -> read("""
                first_name,last_name,student_id,guardian_mobile\r
                "Ann
                Marie",Smith,S1,\r
                \r
                Bob,Smith,S2,+12015550101
                """));

        assertEquals("Line 4: guardian_mobile without guardian_id", e.getMessage());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnoredAndAShortRowHasNoValues() throws IOException {
        PersonData person = read("\uFEFFfirst_name,last_name,email,student_id\nBob,Smith\n").get(0);

        assertEquals("Bob", person.firstName());
        assertNull(person.email());
        assertEquals(List.of(), person.records());
    }

    @Test
    void anEmptyFileOrAHeaderWithoutNamesIsRefusedInWords() {
        assertEquals("The file is empty; it needs a header line",
                assertThrows(IllegalArgumentException.class, () -> read("")).getMessage());
        assertEquals("The header needs first_name and last_name",
                assertThrows(IllegalArgumentException.class, () -> read("first_name,student_id\n")).getMessage());
        assertEquals("Unknown column '\uFEFFshoe_size'; columns are " + PeopleCsv.COLUMNS,
                assertThrows(IllegalArgumentException.class, () -> read("\uFEFFshoe_size\n")).getMessage());
    }

    @Test
    void theRowLimitHolds() {
        StringBuilder csv = new StringBuilder("first_name,last_name,student_id\n");
        for (int i = 0; i < 101; i++) {
            csv.append("A,B,S").append(i).append('\n');
        }
        var e = assertThrows(IllegalArgumentException.class, () -> read(csv.toString()));
        assertEquals("At most 100 people per file", e.getMessage());
    }
}
