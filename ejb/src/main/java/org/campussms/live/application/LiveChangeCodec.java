package org.campussms.live.application;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.conversation.application.InboundView;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.QueueCodec;

/**
 * A live change as map entries on the LiveChanges topic: the JMS type says which kind, the entries carry its fields
 * (absent ones were null), instants as ISO text so no precision is lost. Text statuses are not sent: every server
 * reads them from the database ({@link TextStatusWatch}).
 */
public final class LiveChangeCodec implements QueueCodec<LiveChange> {

    public static final LiveChangeCodec INSTANCE = new LiveChangeCodec();

    static final String ACCESS_CHANGED = "ACCESS_CHANGED";

    private LiveChangeCodec() {
    }

    @Override
    public String queue() {
        return JndiNames.LIVE_CHANGES_TOPIC;
    }

    @Override
    public void write(LiveChange change, MapMessage message) throws JMSException {
        Entries out = new Entries(message);
        out.put("origin", change.origin());
        if (change instanceof LiveChange.AccessChanged access) {
            message.setJMSType(ACCESS_CHANGED);
            out.put("staffUserId", access.staffUserId());
            out.put("poolId", access.poolId());
        } else {
            writeEvent(((LiveChange.Event) change).event(), message, out);
        }
    }

    private static void writeEvent(LiveEvent event, MapMessage message, Entries out) throws JMSException {
        if (event.kind() == Kind.TEXT_STATUS) {
            throw new IllegalArgumentException("Text statuses reach every server from the database");
        }
        message.setJMSType(event.kind().name());
        out.put("everyone", event.audience().everyone());
        out.put("audiencePoolId", event.audience().poolId());
        out.put("audienceStaff", ids(event.audience().staffUserIds()));
        out.put("at", event.at());
        out.put("conversationId", event.conversationId());
        out.put("unreadCount", event.unreadCount());
        out.put("byStaffUserId", event.byStaffUserId());
        out.put("aboutStaffUserId", event.aboutStaffUserId());
        InboundView reply = event.reply();
        if (reply != null) {
            out.put("reply.id", reply.id());
            out.put("reply.conversationId", reply.conversationId());
            out.put("reply.poolId", reply.poolId());
            out.put("reply.from", reply.from());
            out.put("reply.to", reply.to());
            out.put("reply.body", reply.body());
            out.put("reply.receivedAt", reply.receivedAt());
            out.put("reply.contactMatch", reply.contactMatch());
            out.put("reply.personIds", reply.personIds() == null ? null : ids(reply.personIds()));
            out.put("reply.routingReason", reply.routingReason());
            out.put("reply.consentAction", reply.consentAction());
        }
        ConsentEventView consent = event.consent();
        if (consent != null) {
            out.put("consent.id", consent.id());
            out.put("consent.personId", consent.personId());
            out.put("consent.phone", consent.phone());
            out.put("consent.scopeKind", consent.scope().kind().name());
            out.put("consent.scopePoolId", consent.scope().poolId());
            out.put("consent.scopeSenderNumberId", consent.scope().senderNumberId());
            out.put("consent.action", consent.action().name());
            out.put("consent.source", consent.source().name());
            out.put("consent.detail", consent.detail());
            out.put("consent.actorStaffUserId", consent.actorStaffUserId());
            out.put("consent.inboundMessageId", consent.inboundMessageId());
            out.put("consent.occurredAt", consent.occurredAt());
        }
    }

    @Override
    public LiveChange read(Message message) throws JMSException {
        Entries in = new Entries((MapMessage) message);
        String origin = in.string("origin");
        if (ACCESS_CHANGED.equals(message.getJMSType())) {
            return new LiveChange.AccessChanged(origin, in.number("staffUserId"), in.number("poolId"));
        }
        Kind kind = Kind.valueOf(message.getJMSType());
        Audience audience = new Audience(in.flag("everyone"), in.numberOrNull("audiencePoolId"),
                Set.copyOf(idList(in.string("audienceStaff"))));
        InboundView reply = in.has("reply.id") ? new InboundView(in.number("reply.id"),
                in.numberOrNull("reply.conversationId"), in.numberOrNull("reply.poolId"), in.string("reply.from"),
                in.string("reply.to"), in.string("reply.body"), in.instant("reply.receivedAt"),
                in.string("reply.contactMatch"),
                in.has("reply.personIds") ? idList(in.string("reply.personIds")) : null,
                in.string("reply.routingReason"), in.string("reply.consentAction")) : null;
        ConsentEventView consent = in.has("consent.id") ? new ConsentEventView(in.number("consent.id"),
                in.numberOrNull("consent.personId"), in.string("consent.phone"),
                ConsentScope.of(ConsentScope.Kind.valueOf(in.string("consent.scopeKind")),
                        in.numberOrNull("consent.scopePoolId"), in.numberOrNull("consent.scopeSenderNumberId")),
                ConsentChoice.valueOf(in.string("consent.action")), ConsentSource.valueOf(in.string("consent.source")),
                in.string("consent.detail"), in.numberOrNull("consent.actorStaffUserId"),
                in.numberOrNull("consent.inboundMessageId"), in.instant("consent.occurredAt")) : null;
        Integer unread = in.has("unreadCount") ? in.message.getInt("unreadCount") : null;
        return new LiveChange.Event(origin, new LiveEvent(kind, audience, in.instant("at"),
                in.numberOrNull("conversationId"), reply, null, unread, in.numberOrNull("byStaffUserId"), consent,
                in.numberOrNull("aboutStaffUserId")));
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> idList(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    /** Map entries where an absent entry is a null. */
    private record Entries(MapMessage message) {

        void put(String name, Object value) throws JMSException {
            if (value instanceof Instant instant) {
                message.setString(name, instant.toString());
            } else if (value != null) {
                message.setObject(name, value);
            }
        }

        boolean has(String name) throws JMSException {
            return message.itemExists(name);
        }

        String string(String name) throws JMSException {
            return has(name) ? message.getString(name) : null;
        }

        long number(String name) throws JMSException {
            return message.getLong(name);
        }

        Long numberOrNull(String name) throws JMSException {
            return has(name) ? message.getLong(name) : null;
        }

        boolean flag(String name) throws JMSException {
            return message.getBoolean(name);
        }

        Instant instant(String name) throws JMSException {
            return has(name) ? Instant.parse(message.getString(name)) : null;
        }
    }
}
