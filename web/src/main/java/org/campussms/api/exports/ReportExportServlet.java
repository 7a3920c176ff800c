package org.campussms.api.exports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.api.http.ErrorResponses;
import org.campussms.identity.application.DelegatedCaller;
import org.campussms.platform.DomainException;
import org.campussms.report.application.DownloadTickets;
import org.campussms.report.application.ReportService;
import org.campussms.report.domain.ConsentReportRow;
import org.campussms.report.domain.MessageReportRow;

/**
 * {@code GET /exports/messages.csv} and {@code GET /exports/opt-outs.csv}: the message and opt-out reports as CSV,
 * every row, newest first, with the filters of the GraphQL reports as query parameters (see {@link ExportParams})
 * and the same access rules (the same service). Rows are written while the database sends them, so memory stays
 * flat at any size. A bad parameter answers 400 and a pool or number the caller cannot see 403, before any CSV. Under
 * {@code /downloads/} the same exports answer a plain link with a single-use {@code ticket} ({@link DownloadTickets})
 * in place of the bearer token.
 */
@WebServlet({ReportExportServlet.MESSAGES, ReportExportServlet.OPT_OUTS, ReportExportServlet.MESSAGES_LINK,
        ReportExportServlet.OPT_OUTS_LINK})
public class ReportExportServlet extends HttpServlet {

    static final String MESSAGES = "/exports/messages.csv";
    static final String OPT_OUTS = "/exports/opt-outs.csv";
    /** The same exports for a plain link: ?ticket= from downloadTicket instead of a bearer token (web.xml). */
    static final String MESSAGES_LINK = "/downloads/messages.csv";
    static final String OPT_OUTS_LINK = "/downloads/opt-outs.csv";
    static final String TICKET = "ticket";

    static final String[] MESSAGE_COLUMNS = {"message_id", "time", "pool_id", "pool", "sender_number_id",
            "sender_number", "personal", "to", "person_id", "name", "status", "error_code", "error_message",
            "sent_by_staff_user_id", "sent_by", "bulk_send_id", "body"};
    static final String[] OPT_OUT_COLUMNS = {"person_id", "name", "number", "type", "scope", "source", "time",
            "pool_id", "pool", "sender_number_id", "detail", "recorded_by_staff_user_id", "recorded_by", "event_id"};

    @Inject
    private ReportService reports;

    @Inject
    private DownloadTickets tickets;

    @Inject
    private DelegatedCaller delegated;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        if (request.getServletPath().startsWith("/downloads/")) {
            String[] ticket = parameters.remove(TICKET);
            Optional<DelegatedCaller.Holder> holder = tickets.redeem(ticket == null ? null : ticket[0]);
            if (holder.isEmpty()) {
                ErrorResponses.send(response, HttpServletResponse.SC_UNAUTHORIZED, ApiErrorCode.UNAUTHENTICATED,
                        "The download ticket is unknown, used or expired: ask downloadTicket for a new one");
                return;
            }
            delegated.actFor(holder.get());
        }
        try {
            if (request.getServletPath().endsWith("messages.csv")) {
                CsvSink<MessageReportRow> sink = new CsvSink<>(response, "messages.csv", MESSAGE_COLUMNS,
                        ReportExportServlet::message);
                reports.exportMessages(ExportParams.messages(parameters), sink);
                sink.finish();
            } else {
                CsvSink<ConsentReportRow> sink = new CsvSink<>(response, "opt-outs.csv", OPT_OUT_COLUMNS,
                        ReportExportServlet::optOut);
                reports.exportOptOuts(ExportParams.optOuts(parameters), sink);
                sink.finish();
            }
        } catch (IllegalArgumentException e) {
            ErrorResponses.invalid(response, e.getMessage());
        } catch (DomainException e) {
            ErrorResponses.send(response, e);
        }
    }

    private static void message(CsvWriter csv, MessageReportRow m) throws IOException {
        csv.value(m.id()).value(m.createdAt()).value(m.poolId()).text(m.poolName()).value(m.senderNumberId())
                .value(m.sender() == null ? null : m.sender().e164()).value(m.personal()).value(m.to().e164())
                .value(m.personId()).text(m.personName()).value(m.status()).value(m.errorCode())
                .text(m.errorMessage()).value(m.sentByStaffUserId()).text(m.sentByName()).value(m.bulkSendId())
                .text(m.body()).endRow();
    }

    private static void optOut(CsvWriter csv, ConsentReportRow e) throws IOException {
        csv.value(e.personId()).text(e.personName()).value(e.phone().e164()).value(e.action()).value(e.scope())
                .value(e.source()).value(e.occurredAt()).value(e.poolId()).text(e.poolName())
                .value(e.senderNumberId()).text(e.detail()).value(e.actorStaffUserId()).text(e.actorName())
                .value(e.id()).endRow();
    }
}
