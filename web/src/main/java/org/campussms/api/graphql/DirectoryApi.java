package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.directory.application.ContactPage;
import org.campussms.directory.application.DirectoryService;
import org.campussms.directory.application.ImportResult;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class DirectoryApi {

    @Inject
    private DirectoryService directory;

    @Type("ContactSearchResult")
    public record ContactSearchResult(long total, int offset, @NonNull List<@NonNull Contact> contacts) {
    }

    @Type("ImportResult")
    public record PeopleImported(int created, int updated) {
    }

    @Query("searchContacts")
    @Description("People whose first or last name starts with the text, case-insensitive; two words match first and "
            + "last name.")
    @NonNull
    public ContactSearchResult searchContacts(@NonNull String text, @DefaultValue("0") int offset,
            @DefaultValue("20") int limit) {
        ContactPage page = directory.searchContacts(text, offset, limit);
        return new ContactSearchResult(page.total(), page.offset(),
                page.contacts().stream().map(Contact::of).toList());
    }

    @Query("contact")
    @NonNull
    public Contact contact(@Id @NonNull String id) {
        return Contact.of(directory.contact(Ids.parse(id, "Person")));
    }

    // One query per contact: the contact panel asks for one person at a time, lists of contacts do not ask for these.
    @Description("The guardians on file for this student.")
    @NonNull
    public List<@NonNull Contact> guardians(@Source Contact contact) {
        return directory.guardiansOf(Ids.parse(contact.id(), "Person")).stream().map(Contact::of).toList();
    }

    @Description("For a guardian: the students they are on file for.")
    @NonNull
    public List<@NonNull Contact> guardianOf(@Source Contact contact) {
        return directory.wardsOf(Ids.parse(contact.id(), "Person")).stream().map(Contact::of).toList();
    }

    @Mutation("setPersonTimeZone")
    @Description("Institution admins only. Where the person is for quiet hours (e.g. America/Chicago), when their "
            + "number's area says otherwise; null goes back to the number's.")
    @NonNull
    public Contact setPersonTimeZone(@Id @NonNull String personId, String timeZone) {
        return Contact.of(directory.setTimeZone(Ids.parse(personId, "Person"), timeZone));
    }

    @Query("myCaseload")
    @Description("The students assigned to the caller.")
    @NonNull
    public List<@NonNull Contact> myCaseload() {
        return directory.myCaseload().stream().map(Contact::of).toList();
    }

    @Mutation("importPeople")
    @Description("Institution admins only. Creates or updates people by external id; all or nothing.")
    @NonNull
    public PeopleImported importPeople(@NonNull List<@NonNull PersonInput> people) {
        ImportResult result = directory.importPeople(people.stream().map(PersonInput::toData).toList());
        return new PeopleImported(result.created(), result.updated());
    }

    @Mutation("setCaseload")
    @Description("Institution admins only. Replaces the staff user's caseload with these students.")
    @NonNull
    public List<@NonNull Contact> setCaseload(@Id @NonNull String staffUserId,
            @NonNull List<@NonNull String> studentIds) {
        return directory.setCaseload(Ids.parse(staffUserId, "Staff user"), studentIds).stream()
                .map(Contact::of).toList();
    }
}
