package org.campussms.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Persistence;
import org.campussms.report.application.ConsentReportFilter;
import org.campussms.report.application.MessageReportFilter;
import org.campussms.report.application.ReportPage;
import org.campussms.report.domain.ConsentReportRow;
import org.campussms.report.domain.MessageReportRow;
import org.campussms.report.domain.Visibility;

/**
 * The message and consent reports as JPQL projections, newest first. Rows are records, never entities, so streaming
 * a large export fills no persistence context; with a fetch size, MariaDB Connector/J reads the result set in chunks
 * of that size instead of all at once.
 */
@ApplicationScoped
public class ReportRepository {

    /** Rows per round trip of a streamed export. */
    static final int FETCH_SIZE = 1000;
    private static final String FETCH_SIZE_HINT = "org.hibernate.fetchSize";

    private static final String MESSAGE_ROW = "select new " + MessageReportRow.class.getName() + "(m.id, m.createdAt, "
            + "m.poolId, p.name, m.senderNumberId, m.sender, m.to, m.personId, "
            + "concat(pe.firstName, ' ', pe.lastName), m.status, m.errorCode, m.errorMessage, m.sentByStaffUserId, "
            + "u.displayName, m.bulkSendId, m.body) from OutboundMessage m "
            + "left join Pool p on p.id = m.poolId "
            + "left join Person pe on pe.id = m.personId "
            + "left join StaffUser u on u.id = m.sentByStaffUserId";
    private static final String MESSAGE_ORDER = " order by m.createdAt desc, m.id desc";

    private static final String CONSENT_ROW = "select new " + ConsentReportRow.class.getName() + "(e.id, "
            + "e.occurredAt, e.personId, concat(pe.firstName, ' ', pe.lastName), e.phone, e.action, e.scopeKind, "
            + "e.poolId, p.name, e.senderNumberId, e.source, e.detail, e.actorStaffUserId, u.displayName) "
            + "from ConsentEvent e "
            + "left join Pool p on p.id = e.poolId "
            + "left join Person pe on pe.id = e.personId "
            + "left join StaffUser u on u.id = e.actorStaffUserId";
    private static final String CONSENT_ORDER = " order by e.occurredAt desc, e.id desc";

    private static final Report<MessageReportRow> MESSAGES = new Report<>(MessageReportRow.class, MESSAGE_ROW,
            "select count(m) from OutboundMessage m", MESSAGE_ORDER);
    private static final Report<ConsentReportRow> CONSENT_EVENTS = new Report<>(ConsentReportRow.class, CONSENT_ROW,
            "select count(e) from ConsentEvent e", CONSENT_ORDER);

    /** A report's queries: its rows (with joins for names), its row count (without), and its order. */
    private record Report<T>(Class<T> type, String rows, String count, String order) {
    }

    @Inject
    private EntityManager em;

    public ReportPage<MessageReportRow> messages(MessageReportFilter filter, Visibility visibility, int offset,
            int limit) {
        return page(MESSAGES, messageConditions(filter, visibility), offset, limit);
    }

    /** All rows of the report, read from the database as the stream is consumed; close it. */
    public Stream<MessageReportRow> streamMessages(MessageReportFilter filter, Visibility visibility) {
        return stream(MESSAGES, messageConditions(filter, visibility));
    }

    public ReportPage<ConsentReportRow> consentEvents(ConsentReportFilter filter, Visibility visibility, int offset,
            int limit) {
        return page(CONSENT_EVENTS, consentConditions(filter, visibility), offset, limit);
    }

    /** All rows of the report, read from the database as the stream is consumed; close it. */
    public Stream<ConsentReportRow> streamConsentEvents(ConsentReportFilter filter, Visibility visibility) {
        return stream(CONSENT_EVENTS, consentConditions(filter, visibility));
    }

    private <T> ReportPage<T> page(Report<T> report, Conditions where, int offset, int limit) {
        // Counted first: the two reads are separate statements, and a row that starts to match in between (a status
        // arriving) must not make a total that promises rows the page does not have.
        long counted = where.bind(em.createQuery(report.count() + where.where(), Long.class)).getSingleResult();
        List<T> rows = where.bind(em.createQuery(report.rows() + where.where() + report.order(), report.type()))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new ReportPage<>(rows, Math.max(counted, (long) offset + rows.size()));
    }

    private <T> Stream<T> stream(Report<T> report, Conditions where) {
        return where.bind(em.createQuery(report.rows() + where.where() + report.order(), report.type()))
                .setHint(FETCH_SIZE_HINT, FETCH_SIZE)
                .setHint(Persistence.READ_ONLY_HINT, true)
                .getResultStream();
    }

    private static Conditions messageConditions(MessageReportFilter filter, Visibility visibility) {
        Conditions where = new Conditions()
                .when(filter.poolId(), "m.poolId = :pool", "pool")
                .when(filter.senderNumberId(), "m.senderNumberId = :senderNumberId", "senderNumberId")
                .when(phone(filter.senderNumber()), "m.sender = :sender", "sender")
                .when(filter.status(), "m.status = :status", "status")
                .when(filter.errorCode(), "m.errorCode = :errorCode", "errorCode")
                .when(filter.from(), "m.createdAt >= :from", "from")
                .when(filter.until(), "m.createdAt < :until", "until")
                .when(filter.sentByStaffUserId(), "m.sentByStaffUserId = :sentBy", "sentBy")
                .when(phone(filter.to()), "m.to = :to", "to");
        if (Boolean.TRUE.equals(filter.personalOnly())) {
            where.always("m.poolId is null", Map.of());
        }
        return visible(where, visibility, "m.poolId in :visiblePools",
                "(m.poolId is null and m.senderNumberId = :personalNumber)", null);
    }

    private static Conditions consentConditions(ConsentReportFilter filter, Visibility visibility) {
        Conditions where = new Conditions()
                .when(filter.scope(), "e.scopeKind = :scope", "scope")
                .when(filter.poolId(), "e.poolId = :pool", "pool")
                .when(filter.senderNumberId(), "e.senderNumberId = :senderNumberId", "senderNumberId")
                .when(filter.action(), "e.action = :action", "action")
                .when(filter.source(), "e.source = :source", "source")
                .when(filter.from(), "e.occurredAt >= :from", "from")
                .when(filter.until(), "e.occurredAt < :until", "until")
                .when(phone(filter.phone()), "e.phone = :phone", "phone")
                .when(filter.personId(), "e.personId = :personId", "personId");
        return visible(where, visibility, "e.poolId in :visiblePools", "e.senderNumberId = :personalNumber",
                "e.scopeKind = :allScope");
    }

    /**
     * Limits rows to what the caller may see: their pools, their personal number and, when {@code everyone} is
     * given, rows that concern everybody.
     */
    private static Conditions visible(Conditions where, Visibility visibility, String inPools, String ofPersonal,
            String everyone) {
        if (visibility.all()) {
            return where;
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (everyone != null) {
            any.add(everyone);
            parameters.put("allScope", ConsentScope.Kind.ALL);
        }
        if (!visibility.poolIds().isEmpty()) {
            any.add(inPools);
            parameters.put("visiblePools", visibility.poolIds());
        }
        if (visibility.personalNumberId() != null) {
            any.add(ofPersonal);
            parameters.put("personalNumber", visibility.personalNumberId());
        }
        return where.always(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")", parameters);
    }

    private static PhoneNumber phone(String e164) {
        return e164 == null ? null : PhoneNumber.ofE164(e164);
    }
}
