package org.campussms.api.graphql;

import java.util.List;
import org.campussms.directory.application.ContactView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Contact")
@Description("A person staff may text.")
public record Contact(
        @Id @NonNull String id,
        @NonNull String firstName,
        @NonNull String lastName,
        String email,
        @NonNull @Description("Student, employee, both, or guardian.") Kind kind,
        @NonNull @Description("External ids: what tells two people of one name apart.") List<@NonNull Record> records,
        @NonNull @Description("The mobile a text to each record goes to; a record without one cannot be texted.")
        List<@NonNull Mobile> mobiles,
        @Description("Where the person is for quiet hours, when set; otherwise their number's time zone.")
        String timeZone) {

    @Enum("ContactKind")
    public enum Kind {
        STUDENT,
        EMPLOYEE,
        STUDENT_AND_EMPLOYEE,
        GUARDIAN
    }

    @Type("ExternalRecord")
    public record Record(@NonNull RecordType type, @NonNull String externalId) {
    }

    @Type("RecordMobile")
    public record Mobile(@NonNull RecordType recordType, @NonNull String number) {
    }

    static Contact of(ContactView view) {
        boolean student = view.has(org.campussms.directory.domain.RecordType.STUDENT);
        boolean employee = view.has(org.campussms.directory.domain.RecordType.EMPLOYEE);
        Kind kind = student && employee ? Kind.STUDENT_AND_EMPLOYEE
                : student ? Kind.STUDENT
                : employee ? Kind.EMPLOYEE
                : Kind.GUARDIAN;
        return new Contact(String.valueOf(view.personId()), view.firstName(), view.lastName(), view.email(), kind,
                view.records().stream().map(r -> new Record(RecordType.of(r.type()), r.externalId())).toList(),
                view.mobiles().stream().map(m -> new Mobile(RecordType.of(m.recordType()), m.number())).toList(),
                view.timeZone());
    }
}
