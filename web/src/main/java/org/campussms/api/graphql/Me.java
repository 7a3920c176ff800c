package org.campussms.api.graphql;

import java.util.List;
import org.campussms.identity.application.StaffProfile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Me")
@Description("The signed-in staff user.")
public record Me(
        @NonNull @Description("Our id of the staff user.") String id,
        @NonNull @Description("The subject of the user at the institution's SSO.") String subject,
        @NonNull String name,
        String email,
        @NonNull @Description("SSO roles this application knows: staff, admin.") List<@NonNull String> roles) {

    static Me of(StaffProfile profile) {
        return new Me(String.valueOf(profile.id()), profile.subject(), profile.displayName(), profile.email(),
                profile.roles());
    }
}
