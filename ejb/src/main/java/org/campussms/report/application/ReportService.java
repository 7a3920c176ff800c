package org.campussms.report.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.report.domain.ConsentReportRow;
import org.campussms.report.domain.MessageReportRow;
import org.campussms.report.domain.Visibility;
import org.campussms.report.infrastructure.ReportRepository;

/**
 * The message report (who sent what from which pool, and what became of it) and the opt-out report (every consent
 * event), paged for the API or streamed for exports. A staff user sees the traffic of the pools they are a member of
 * and of their own personal number, the consent events of those scopes and every institution-wide one; institution
 * admins see everything. A filter naming a pool or number the caller cannot see is refused as FORBIDDEN.
 *
 * <p>An export writes its rows to the sink inside this bean's transaction, because the rows are read from an open
 * result set while they are written.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ReportService {

    public static final int MAX_PAGE = 500;

    @Inject
    private ReportRepository reports;

    @Inject
    private PoolLookup pools;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private IdentityService identity;

    @Inject
    private Settings settings;

    public ReportPage<MessageReportRow> messageReport(MessageReportFilter filter, int offset, int limit) {
        requirePage(offset, limit);
        return reports.messages(checked(filter), visibility(), offset, limit);
    }

    /**
     * Every row of the message report, newest first, written to {@code sink} as it is read. Also for a download link's
     * delegated caller (see {@code DelegatedCaller}): the caller is checked in {@link #visibility}.
     */
    @PermitAll
    public void exportMessages(MessageReportFilter filter, RowSink<MessageReportRow> sink) throws IOException {
        export(reports.streamMessages(checked(filter), visibility()), sink);
    }

    public ReportPage<ConsentReportRow> optOutReport(ConsentReportFilter filter, int offset, int limit) {
        requirePage(offset, limit);
        return reports.consentEvents(checked(filter), visibility(), offset, limit);
    }

    /** Every row of the opt-out report, newest first, written to {@code sink} as it is read; as exportMessages. */
    @PermitAll
    public void exportOptOuts(ConsentReportFilter filter, RowSink<ConsentReportRow> sink) throws IOException {
        export(reports.streamConsentEvents(checked(filter), visibility()), sink);
    }

    private static <T> void export(Stream<T> rows, RowSink<T> sink) throws IOException {
        try (rows) {
            sink.begin();
            Iterator<T> each = rows.iterator();
            while (each.hasNext()) {
                sink.accept(each.next());
            }
        }
    }

    private MessageReportFilter checked(MessageReportFilter filter) {
        requireOrder(filter.from(), filter.until());
        if (Boolean.TRUE.equals(filter.personalOnly()) && filter.poolId() != null) {
            throw DomainException.invalid("A pool's texts are not from a personal number: give poolId or "
                    + "personal, not both");
        }
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
        if (filter.senderNumberId() != null) {
            poolAccess.requireSenderAccess(filter.senderNumberId());
        }
        return filter.withNumbers(e164(filter.senderNumber()), e164(filter.to()));
    }

    private ConsentReportFilter checked(ConsentReportFilter filter) {
        requireOrder(filter.from(), filter.until());
        if (filter.poolId() != null && filter.senderNumberId() != null) {
            throw DomainException.invalid("An event is of a pool or of a personal number: give poolId or "
                    + "senderNumberId, not both");
        }
        if (filter.poolId() != null) {
            requireScope(filter.scope(), ConsentScope.Kind.POOL, "poolId");
            poolAccess.requireMember(filter.poolId());
        }
        if (filter.senderNumberId() != null) {
            requireScope(filter.scope(), ConsentScope.Kind.PERSONAL_NUMBER, "senderNumberId");
            poolAccess.requireSenderAccess(filter.senderNumberId());
        }
        return filter.withPhone(e164(filter.phone()));
    }

    private static void requireScope(ConsentScope.Kind given, ConsentScope.Kind needed, String field) {
        if (given != null && given != needed) {
            throw DomainException.invalid(field + " selects events of scope " + needed + ", not " + given);
        }
    }

    private static void requireOrder(Instant from, Instant until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw DomainException.invalid("from must be before until");
        }
    }

    private static void requirePage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_PAGE + " rows");
        }
    }

    private String e164(String number) {
        return number == null || number.isBlank() ? null
                : PhoneNumber.parse(number, settings.defaultPhoneRegion()).e164();
    }

    private Visibility visibility() {
        if (identity.callerIsInstitutionAdmin()) {
            return Visibility.everything();
        }
        long me = identity.caller().getId();
        return Visibility.of(pools.findByMember(me).stream().map(Pool::getId).collect(Collectors.toSet()),
                pools.findPersonal(me).map(SenderNumber::getId).orElse(null));
    }
}
