package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.bulksend.application.Audience;
import org.campussms.bulksend.application.BulkPlanView;
import org.campussms.bulksend.application.BulkProgressView;
import org.campussms.conversation.domain.MessageStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The GraphQL types of bulk sends.
 */
final class BulkSendTypes {

    private BulkSendTypes() {
    }

    @Input("AudienceInput")
    @Description("Exactly one: caseload (the caller's), personIds, or search (the people a contact search finds).")
    public record AudienceInput(Boolean caseload, @Id List<String> personIds, String search) {

        Audience toAudience() {
            return new Audience(Boolean.TRUE.equals(caseload),
                    personIds == null ? List.of() : personIds.stream().map(id -> Ids.parse(id, "Person")).toList(),
                    search);
        }
    }

    @Type("SkipReason")
    public record SkipReason(@NonNull String reason, long count) {
    }

    @Type("BulkSendPlan")
    @Description("What the bulk send will do; start it with startBulkSend(planId).")
    public record BulkSendPlan(
            @Id @NonNull String id,
            @Id @NonNull String poolId,
            @Description("Recipients texted.") int sms,
            @Description("Recipients without a mobile, reached by email instead.") int email,
            int skipped,
            @NonNull List<@NonNull SkipReason> skipReasons,
            @Description("Segments of all texts, footers included.") int segments,
            @Description("The pool's numbers together.") int segmentsPerSecond,
            @Description("How long handing the texts to the carrier takes under the rate limits.") int estimatedSeconds,
            @Description("Texts that would wait for the sending window where their recipient is, started now.")
            int heldForWindow,
            @Description("When the last of them may go; null when none waits.") Instant heldUntil,
            @NonNull @Description("The pool's sending window, in each recipient's time zone.") String sendingWindow) {

        static BulkSendPlan of(BulkPlanView plan) {
            return new BulkSendPlan(String.valueOf(plan.id()), String.valueOf(plan.poolId()), plan.sms(), plan.email(),
                    plan.skipped(), plan.skipReasons().entrySet().stream()
                            .map(e -> new SkipReason(e.getKey(), e.getValue())).toList(),
                    plan.segments(), plan.segmentsPerSecond(), plan.estimatedSeconds(), plan.heldForWindow(),
                    plan.heldUntil(), plan.window().text());
        }
    }

    @Type("BulkSendProgress")
    @Description("notYetQueued + queued + sending + sent + delivered + undelivered + failed + fellBackToEmail = sms. "
            + "Emails, to the recipients planned for email and for the texts that fell back, are emailsPending, "
            + "emailsSent or emailsFailed.")
    public record BulkSendProgress(
            @Id @NonNull String id,
            @Id @NonNull String poolId,
            @NonNull String status,
            int sms,
            int email,
            int skipped,
            int estimatedSeconds,
            long notYetQueued,
            long queued,
            long sending,
            long sent,
            long delivered,
            long undelivered,
            long failed,
            long fellBackToEmail,
            @Description("Emails queued or not yet created.") long emailsPending,
            @Description("Emails the mail server took.") long emailsSent,
            @Description("Emails the mail server kept refusing.") long emailsFailed,
            @Description("Every text has a final status and every email is sent or failed.") boolean finished) {

        static BulkSendProgress of(BulkProgressView p) {
            return new BulkSendProgress(String.valueOf(p.id()), String.valueOf(p.poolId()), p.status(),
                    p.plannedSms(), p.plannedEmail(), p.plannedSkipped(), p.estimatedSeconds(), p.notYetQueued(),
                    p.count(MessageStatus.QUEUED), p.count(MessageStatus.SENDING), p.count(MessageStatus.SENT),
                    p.count(MessageStatus.DELIVERED), p.count(MessageStatus.UNDELIVERED),
                    p.count(MessageStatus.FAILED), p.count(MessageStatus.FELL_BACK_TO_EMAIL), p.emailsPending(),
                    p.emailsSent(), p.emailsFailed(), p.finished());
        }
    }
}
