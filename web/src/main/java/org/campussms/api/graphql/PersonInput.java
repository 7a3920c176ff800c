package org.campussms.api.graphql;

import java.util.List;
import org.campussms.directory.application.PersonData;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonInput")
@Description("A person to import; their external ids identify them, so importing again updates rather than adds.")
public record PersonInput(
        @NonNull String firstName,
        @NonNull String lastName,
        @Description("Institutional email, used when a text cannot be delivered.") String email,
        @NonNull List<@NonNull RecordInput> records,
        // Optional lists: a @NonNull on their elements would make SmallRye mark the list itself non-null.
        List<PhoneInput> phones,
        @Description("Student ids of the students this person is a guardian of.") List<String> guardianOf) {

    @Input("RecordInput")
    public record RecordInput(@NonNull RecordType type, @NonNull String externalId,
            @Description("The mobile of this record, E.164 or national.") String mobile) {
    }

    @Input("PhoneInput")
    public record PhoneInput(@NonNull String number, @NonNull PhoneType type) {
    }

    PersonData toData() {
        return new PersonData(firstName, lastName, email,
                records.stream().map(r -> new PersonData.Record(r.type().toDomain(), r.externalId(), r.mobile()))
                        .toList(),
                phones == null ? List.of()
                        : phones.stream().map(p -> new PersonData.PhoneData(p.number(), p.type().toDomain())).toList(),
                guardianOf);
    }
}
