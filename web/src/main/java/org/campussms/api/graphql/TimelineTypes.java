package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.conversation.application.TimelineItem;
import org.campussms.conversation.application.TimelinePage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A thread's entries, as conversationTimeline and personTimeline return them. */
final class TimelineTypes {

    private TimelineTypes() {
    }

    @Type("TimelinePage")
    @Description("The newest entries before a point, oldest first as a thread shows them; olderCursor, passed as "
            + "before, asks for the entries before them (null: this page starts the timeline).")
    public record Page(@NonNull List<@NonNull Item> items, String olderCursor) {

        static Page of(TimelinePage page) {
            return new Page(page.items().stream().map(Item::of).toList(), page.olderCursor());
        }
    }

    @Enum("TimelineKind")
    public enum Kind {
        TEXT, REPLY, EMAIL, CONSENT, NOTE
    }

    @Type("TimelineItem")
    @Description("One entry of a thread; kind says which field is set: TEXT text (with who sent it), REPLY reply, "
            + "EMAIL email (the email sent instead of a text), CONSENT consent (STOP, START, a form...), NOTE note (for "
            + "staff only).")
    public record Item(
            @NonNull Kind kind,
            @NonNull Instant at,
            @Id @Description("Null for a consent event in a person's timeline.") String conversationId,
            OutboundMessage text,
            @Id String sentByStaffUserId,
            @Description("Who sent the text; null for an automatic answer to a keyword.") String sentByName,
            OutboundMessage email,
            InboundMessage reply,
            ConsentEvent consent,
            Note note) {

        static Item of(TimelineItem i) {
            return new Item(Kind.valueOf(i.kind().name()), i.at(),
                    i.conversationId() == null ? null : i.conversationId().toString(),
                    i.text() == null ? null : OutboundMessage.of(i.text()),
                    i.sentByStaffUserId() == null ? null : i.sentByStaffUserId().toString(), i.sentByName(),
                    i.email() == null ? null : OutboundMessage.ofEmail(i.email()),
                    i.reply() == null ? null : InboundMessage.of(i.reply()),
                    i.consent() == null ? null : ConsentEvent.of(i.consent()),
                    i.note() == null ? null : Note.of(i.note()));
        }
    }
}
