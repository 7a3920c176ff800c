import { graphql } from '../gql';

// The reports' GraphQL documents, in one place so the screen, its tabs and the tests share the same ones.

/** The pools a report can be filtered by, and whether the user may look staff up. */
export const reportOptionsQuery = graphql(`
  query ReportOptions {
    me {
      id
      roles
    }
    pools {
      id
      name
      myAccess
    }
  }
`);

export const reportMessagesQuery = graphql(`
  query ReportMessages($filter: MessageReportFilter, $limit: Int!, $offset: Int!) {
    messageReport(filter: $filter, limit: $limit, offset: $offset) {
      total
      rows {
        id
        createdAt
        to
        personName
        personal
        poolName
        sentByName
        status
        errorCode
        errorMessage
        body
      }
    }
  }
`);

export const reportOptOutsQuery = graphql(`
  query ReportOptOuts($filter: ConsentReportFilter, $limit: Int!, $offset: Int!) {
    optOutReport(filter: $filter, limit: $limit, offset: $offset) {
      total
      rows {
        id
        occurredAt
        personName
        phone
        action
        scope
        source
        poolName
        actorStaffUserId
        actorName
        detail
      }
    }
  }
`);

export { staffSearchQuery as reportStaffSearchQuery } from '../api/staff';

/** A single-use ticket for one CSV download. */
export const reportDownloadTicketMutation = graphql(`
  mutation ReportDownloadTicket {
    downloadTicket
  }
`);
