package org.campussms.api.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.campussms.directory.application.PersonData;
import org.campussms.directory.domain.RecordType;

/**
 * The people CSV: one person per line, with a header naming the columns, in any order:
 * {@code first_name, last_name, email, student_id, student_mobile, employee_id, employee_mobile, guardian_id,
 * guardian_mobile, guardian_of} (student ids separated by ';'). Only the names and one id are required.
 */
final class PeopleCsv {

    static final List<String> COLUMNS = List.of("first_name", "last_name", "email", "student_id", "student_mobile",
            "employee_id", "employee_mobile", "guardian_id", "guardian_mobile", "guardian_of");

    /** RFC 4180; text after a closing quote is kept, as in {@code "Smith" Jr}, rather than refused. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true).get();

    private PeopleCsv() {
    }

    static List<PersonData> read(Reader reader, int maxRows) throws IOException {
        try (CSVParser csv = FORMAT.parse(reader)) {
            return read(csv.iterator(), maxRows);
        } catch (UncheckedIOException e) {
            // With FORMAT, the only input the parser refuses is a quoted field still open at the end of the file.
            if (e.getCause() instanceof CSVException) {
                throw new IllegalArgumentException("A quoted field is not closed", e.getCause());
            }
            throw e.getCause();
        }
    }

    private static List<PersonData> read(Iterator<CSVRecord> records, int maxRows) {
        if (!records.hasNext()) {
            throw new IllegalArgumentException("The file is empty; it needs a header line");
        }
        List<String> header = records.next().toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
            if (!COLUMNS.contains(name)) {
                throw new IllegalArgumentException("Unknown column '" + header.get(i) + "'; columns are " + COLUMNS);
            }
            column.put(name, i);
        }
        if (!column.containsKey("first_name") || !column.containsKey("last_name")) {
            throw new IllegalArgumentException("The header needs first_name and last_name");
        }
        List<PersonData> people = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            List<String> row = record.toList();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (people.size() == maxRows) {
                throw new IllegalArgumentException("At most " + maxRows + " people per file");
            }
            // A record's number counts the header and blank lines, and a quoted line break does not start a new one.
            people.add(person(row, column, record.getRecordNumber()));
        }
        return people;
    }

    private static PersonData person(List<String> row, Map<String, Integer> column, long line) {
        List<PersonData.Record> records = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            String prefix = type.name().toLowerCase(Locale.ROOT);
            String id = value(row, column, prefix + "_id");
            String mobile = value(row, column, prefix + "_mobile");
            if (id != null) {
                records.add(new PersonData.Record(type, id, mobile));
            } else if (mobile != null) {
                throw new IllegalArgumentException("Line " + line + ": " + prefix + "_mobile without " + prefix + "_id");
            }
        }
        String wards = value(row, column, "guardian_of");
        return new PersonData(value(row, column, "first_name"), value(row, column, "last_name"),
                value(row, column, "email"), records, List.of(),
                wards == null ? List.of() : Arrays.stream(wards.split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
    }

    private static String value(List<String> row, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
