import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ConsentReportFilter, MessageReportFilter } from '../gql/graphql';
import { reportDownloadTicketMutation } from './operations';

/** The address of a CSV download: the ticket, then each filter that is set, as query parameters. */
export function csvHref(path: string, ticket: string, filter: MessageReportFilter | ConsentReportFilter): string {
  const params = new URLSearchParams({ ticket });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') {
      params.append(name, String(value));
    }
  }
  return `/downloads/${path}?${params.toString()}`;
}

/** Has the browser download an address, through a hidden link: the page itself stays. */
function downloadFrom(href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Asks for a single-use ticket, then has the browser download the CSV of the filter given. */
export function useCsvDownload(path: string, filter: MessageReportFilter | ConsentReportFilter) {
  const [getTicket, { loading, error }] = useMutation(reportDownloadTicketMutation);
  const [started, setStarted] = useState(false);
  const download = async () => {
    setStarted(false);
    const result = await getTicket();
    const ticket = result.data?.downloadTicket;
    if (!ticket) {
      return;
    }
    downloadFrom(csvHref(path, ticket, filter));
    setStarted(true);
  };
  return { download, loading, error, started };
}
