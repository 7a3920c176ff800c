package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.campussms.report.application.ConsentReportFilter;
import org.campussms.report.application.DownloadTickets;
import org.campussms.report.application.MessageReportFilter;
import org.campussms.report.application.ReportService;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class ReportApi {

    @Inject
    private ReportService reports;

    @Inject
    private DownloadTickets downloads;

    @Mutation("downloadTicket")
    @Description("A ticket for one CSV download from a plain link, valid once within a minute: "
            + "/downloads/messages.csv?ticket=...&(the filters of /exports/messages.csv), likewise opt-outs.csv. "
            + "The export is the caller's, with their access.")
    @NonNull
    public String downloadTicket() {
        return downloads.issue();
    }

    @Query("messageReport")
    @Description("Who sent what from which pool or personal number, and what became of it, newest first: the texts "
            + "of the caller's pools and personal number (all, for institution admins). Up to 500 rows a page; "
            + "GET /exports/messages.csv gives all of them with the same filter.")
    @NonNull
    public ReportTypes.MessagePage messageReport(ReportTypes.MessageFilterInput filter,
            @DefaultValue("0") int offset, @DefaultValue("50") int limit) {
        return ReportTypes.MessagePage.of(reports.messageReport(
                filter == null ? MessageReportFilter.none() : filter.toFilter(), offset, limit));
    }

    @Query("optOutReport")
    @Description("Opt-outs and opt-ins, newest first: institution-wide events, those of the caller's pools and "
            + "personal number (all, for institution admins). Up to 500 rows a page; GET /exports/opt-outs.csv gives "
            + "all of them with the same filter.")
    @NonNull
    public ReportTypes.ConsentPage optOutReport(ReportTypes.ConsentFilterInput filter,
            @DefaultValue("0") int offset, @DefaultValue("50") int limit) {
        return ReportTypes.ConsentPage.of(reports.optOutReport(
                filter == null ? ConsentReportFilter.none() : filter.toFilter(), offset, limit));
    }
}
