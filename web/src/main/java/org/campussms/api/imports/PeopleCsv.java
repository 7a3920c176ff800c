package org.campussms.api.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private PeopleCsv() {
    }

    static List<PersonData> read(Reader reader, int maxRows) throws IOException {
        Csv csv = new Csv(reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new IllegalArgumentException("The file is empty; it needs a header line");
        }
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
        List<String> row;
        int line = 1;
        while ((row = csv.next()) != null) {
            line++;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (people.size() == maxRows) {
                throw new IllegalArgumentException("At most " + maxRows + " people per file");
            }
            people.add(person(row, column, line));
        }
        return people;
    }

    private static PersonData person(List<String> row, Map<String, Integer> column, int line) {
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
