package org.campussms.api.graphql;

import java.util.List;
import org.campussms.pool.application.PoolDetails;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Pool")
@Description("A shared sender: one or more numbers that its members text from.")
public record Pool(
        @Id @NonNull String id,
        @NonNull String name,
        @Description("The caller's access; institution admins have ADMIN everywhere.") PoolAccess myAccess,
        @NonNull @Description("Appended to the first message to a recipient, and again after intervalDays.")
        Footer footer,
        @NonNull @Description("When bulk sends may text, in each recipient's time zone, as 08:00-21:00 (24:00: "
                + "midnight); texts due outside it wait for its next opening.") String sendingWindow,
        @Description("After how many working hours (Monday to Friday, 8 to 17, the institution's time zone) members "
                + "are emailed about a reply nobody answered, once per reply; null: never.")
        Integer unansweredAlertHours,
        @Description("Whether a member's text to an unassigned conversation gives it to them.") boolean assignOnAnswer,
        @NonNull List<@NonNull Member> members,
        @NonNull List<@NonNull SenderNumber> numbers) {

    @Type("PoolFooter")
    public record Footer(@NonNull String text, boolean custom, int intervalDays) {
    }

    @Type("PoolMember")
    public record Member(@Id @NonNull String staffUserId, @NonNull String name, String email,
            @NonNull PoolAccess access) {
    }

    @Type("SenderNumber")
    public record SenderNumber(@NonNull String number, @NonNull SenderKind kind, int segmentsPerSecond) {
    }

    static Pool of(PoolDetails pool) {
        return new Pool(String.valueOf(pool.id()), pool.name(), PoolAccess.of(pool.access()),
                new Footer(pool.footer(), pool.customFooter(), pool.footerIntervalDays()), pool.sendingWindow(),
                pool.unansweredAlertHours(), pool.assignOnAnswer(),
                pool.members().stream()
                        .map(m -> new Member(String.valueOf(m.staffUserId()), m.name(), m.email(),
                                PoolAccess.of(m.access())))
                        .toList(),
                pool.numbers().stream()
                        .map(n -> new SenderNumber(n.number(), SenderKind.of(n.kind()), n.segmentsPerSecond()))
                        .toList());
    }
}
