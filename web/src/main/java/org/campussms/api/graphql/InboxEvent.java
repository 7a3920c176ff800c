package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.live.application.LiveEvent;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InboxEvent")
@Description("One change in what the subscriber may see. kind says which field is set: REPLY reply, TEXT_STATUS "
        + "text (with its new status), READ and UNREAD unreadCount and byStaffUserId, CONSENT consent, ASSIGNED "
        + "assigneeStaffUserId (null: nobody) and byStaffUserId (null: no one, as when the assignee left the pool), "
        + "NOTE byStaffUserId (who wrote a note in the conversation), MENTION mentionedStaffUserId and "
        + "byStaffUserId (a note named them).")
public record InboxEvent(
        @NonNull Kind kind,
        @NonNull Instant at,
        @Id @Description("The conversation it happened in; null for a consent change.") String conversationId,
        InboundMessage reply,
        OutboundMessage text,
        @Description("The conversation's unread count now, for everyone who sees it.") Integer unreadCount,
        @Id @Description("Who marked the conversation read or unread, assigned it, or wrote the note.")
        String byStaffUserId,
        ConsentEvent consent,
        @Id @Description("Who has the conversation now.") String assigneeStaffUserId,
        @Id @Description("Who the note named.") String mentionedStaffUserId) {

    @Enum("InboxEventKind")
    public enum Kind {
        REPLY, TEXT_STATUS, READ, UNREAD, CONSENT, ASSIGNED, NOTE, MENTION
    }

    static InboxEvent of(LiveEvent e) {
        return new InboxEvent(Kind.valueOf(e.kind().name()), e.at(),
                e.conversationId() == null ? null : e.conversationId().toString(),
                e.reply() == null ? null : InboundMessage.of(e.reply()),
                e.text() == null ? null : OutboundMessage.of(e.text()),
                e.unreadCount(), e.byStaffUserId() == null ? null : e.byStaffUserId().toString(),
                e.consent() == null ? null : ConsentEvent.of(e.consent()),
                e.kind() == LiveEvent.Kind.ASSIGNED ? text(e.aboutStaffUserId()) : null,
                e.kind() == LiveEvent.Kind.MENTION ? text(e.aboutStaffUserId()) : null);
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }
}
