package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.report.application.ConsentReportFilter;
import org.campussms.report.application.MessageReportFilter;
import org.campussms.report.application.ReportPage;
import org.campussms.report.domain.ConsentReportRow;
import org.campussms.report.domain.MessageReportRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The GraphQL types of the message and opt-out reports.
 */
final class ReportTypes {

    private ReportTypes() {
    }

    @Input("MessageReportFilter")
    @Description("All optional, all apply together. personal: only texts from personal numbers. from/until: "
            + "created at or after / before.")
    public record MessageFilterInput(@Id String poolId, Boolean personal, @Id String senderNumberId,
            @Description("The number texts went out from.") String senderNumber, OutboundMessage.Status status,
            Integer errorCode, Instant from, Instant until, @Id String sentByStaffUserId,
            @Description("The recipient's number.") String to) {

        MessageReportFilter toFilter() {
            return new MessageReportFilter(id(poolId, "Pool"), personal, id(senderNumberId, "Sender number"),
                    senderNumber, status == null ? null : org.campussms.conversation.domain.MessageStatus.valueOf(
                            status.name()), errorCode, from, until, id(sentByStaffUserId, "Staff user"), to);
        }
    }

    @Input("ConsentReportFilter")
    @Description("All optional, all apply together. poolId: events of that pool's scope; senderNumberId: of that "
            + "personal number. from/until: occurred at or after / before.")
    public record ConsentFilterInput(ConsentEvent.ConsentScopeKind scope, @Id String poolId,
            @Id String senderNumberId, ConsentEvent.ConsentChoice action, ConsentEvent.Source source, Instant from,
            Instant until, String phone, @Id String personId) {

        ConsentReportFilter toFilter() {
            return new ConsentReportFilter(scope == null ? null : ConsentScope.Kind.valueOf(scope.name()),
                    id(poolId, "Pool"), id(senderNumberId, "Sender number"),
                    action == null ? null : org.campussms.consent.domain.ConsentChoice.valueOf(action.name()),
                    source == null ? null : org.campussms.consent.domain.ConsentSource.valueOf(source.name()),
                    from, until, phone, id(personId, "Person"));
        }
    }

    @Type("MessageReportRow")
    @Description("A text we sent: from which pool or personal number, to whom, by whom, and what became of it.")
    public record MessageRow(
            @Id @NonNull String id,
            @NonNull Instant createdAt,
            @Id @Description("Null for a text from a personal number.") String poolId,
            String poolName,
            boolean personal,
            @Id String senderNumberId,
            @Description("Null while a personal number is still being bought.") String senderNumber,
            @NonNull String to,
            @Id String personId,
            @Description("Null when the recipient is not in the directory.") String personName,
            @NonNull OutboundMessage.Status status,
            Integer errorCode,
            String errorMessage,
            @Id @NonNull String sentByStaffUserId,
            String sentByName,
            @Id String bulkSendId,
            @NonNull String body) {

        static MessageRow of(MessageReportRow r) {
            return new MessageRow(String.valueOf(r.id()), r.createdAt(), text(r.poolId()), r.poolName(),
                    r.personal(), text(r.senderNumberId()), r.sender() == null ? null : r.sender().e164(),
                    r.to().e164(), text(r.personId()), r.personName(),
                    OutboundMessage.Status.valueOf(r.status().name()), r.errorCode(), r.errorMessage(),
                    String.valueOf(r.sentByStaffUserId()), r.sentByName(), text(r.bulkSendId()), r.body());
        }
    }

    @Type("ConsentReportRow")
    @Description("A consent event with the names of the person, the pool and the staff member who entered it.")
    public record ConsentRow(
            @Id @NonNull String id,
            @NonNull Instant occurredAt,
            @Id String personId,
            @Description("Null for a number nobody in the directory has.") String personName,
            @NonNull String phone,
            @NonNull ConsentEvent.ConsentChoice action,
            @NonNull ConsentEvent.ConsentScopeKind scope,
            @Id String poolId,
            String poolName,
            @Id String senderNumberId,
            @NonNull ConsentEvent.Source source,
            String detail,
            @Id String actorStaffUserId,
            String actorName) {

        static ConsentRow of(ConsentReportRow r) {
            return new ConsentRow(String.valueOf(r.id()), r.occurredAt(), text(r.personId()), r.personName(),
                    r.phone().e164(), ConsentEvent.ConsentChoice.valueOf(r.action().name()),
                    ConsentEvent.ConsentScopeKind.valueOf(r.scope().name()), text(r.poolId()), r.poolName(),
                    text(r.senderNumberId()), ConsentEvent.Source.valueOf(r.source().name()), r.detail(),
                    text(r.actorStaffUserId()), r.actorName());
        }
    }

    @Type("MessageReportPage")
    public record MessagePage(@NonNull List<@NonNull MessageRow> rows,
            @Description("Rows of the whole report.") long total) {

        static MessagePage of(ReportPage<MessageReportRow> page) {
            return new MessagePage(page.rows().stream().map(MessageRow::of).toList(), page.total());
        }
    }

    @Type("ConsentReportPage")
    public record ConsentPage(@NonNull List<@NonNull ConsentRow> rows,
            @Description("Rows of the whole report.") long total) {

        static ConsentPage of(ReportPage<ConsentReportRow> page) {
            return new ConsentPage(page.rows().stream().map(ConsentRow::of).toList(), page.total());
        }
    }

    private static Long id(String id, String what) {
        return id == null ? null : Ids.parse(id, what);
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
