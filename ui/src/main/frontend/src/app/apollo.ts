import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { OperationTypeNode, print } from 'graphql';
import { graphql } from '../gql';
import type { SubscriptionTicketQuery } from '../gql/graphql';

/**
 * The context of queries that live events refetch: each refetch asks the server anew instead of sharing the answer
 * of one already in flight, which may have been read before the change the event tells of.
 */
export const FRESH = { queryDeduplication: false };

/** The close code of a connection closed to open a new one: graphql-ws retries it, and it is no lost line. */
const RENEWING = 4205;

/**
 * The live connection: whether updates flow (false from a lost connection until graphql-ws has connected again),
 * how many connections have opened (a screen asks again for what a gap between two may have hidden), and a way to
 * open a new one.
 */
export const liveConnection = (() => {
  let up = true;
  let opened = 0;
  let socket: WebSocket | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    set(value: boolean) {
      if (value !== up) {
        up = value;
        changed();
      }
    },
    get: () => up,
    /** How many connections have opened so far. */
    opened: () => opened,
    connected(current: WebSocket) {
      socket = current;
      opened += 1;
      up = true;
      changed();
    },
    /**
     * Closes the open connection, if any, so the next subscription (and any still on it) goes over a new one with a
     * fresh ticket: the old ticket may have expired, or carry access the user no longer has.
     */
    renew() {
      if (socket?.readyState === WebSocket.OPEN) {
        socket.close(RENEWING, 'Renewing the ticket');
      }
      socket = null;
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
})();

/**
 * The API client: queries and mutations over HTTP with the bearer token; subscriptions over graphql-ws, whose
 * connection_init carries a fresh single-use ticket on every (re)connect, since a browser's WebSocket cannot send
 * an Authorization header.
 */
export function createApolloClient(accessToken: () => string | undefined): ApolloClient {
  const http = new HttpLink({ uri: '/graphql' });
  const withToken = new SetContextLink((prevContext) => {
    const token = accessToken();
    return {
      headers: { ...prevContext.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    };
  });
  const socketUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const live = new GraphQLWsLink(
    createClient({
      url: socketUrl,
      lazy: true,
      retryAttempts: Infinity,
      connectionParams: async () => ({ ticket: await subscriptionTicket(accessToken()) }),
      on: {
        connected: (socket) => liveConnection.connected(socket as WebSocket),
        // 1000 is the socket closed on purpose, when no screen listens any more; anything else is a lost line.
        closed: (event) => {
          const code = (event as CloseEvent | undefined)?.code;
          liveConnection.set(code === 1000 || code === RENEWING);
        },
      },
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
      },
      live,
      withToken.concat(http),
    ),
    // A pool's members and numbers have no id of their own: a newer list replaces the older one whole.
    cache: new InMemoryCache({
      typePolicies: {
        Pool: { fields: { members: { merge: false }, numbers: { merge: false } } },
        Query: { fields: { inbox: { keyArgs: ['filter'], merge: appendInboxPage } } },
      },
    }),
  });
}

/**
 * A view's pages kept as one list per filter: a next page (after a cursor) is added to the end, so only the new
 * rows are written to the cache however far the user has scrolled; a first page replaces the list.
 */
function appendInboxPage(
  existing: { rows: unknown[] } | undefined,
  incoming: { rows: unknown[] },
  { args }: { args: Record<string, unknown> | null },
) {
  if (!existing || !args?.after) {
    return incoming;
  }
  return { ...incoming, rows: [...existing.rows, ...incoming.rows] };
}

/**
 * The ticket a websocket opens with. Asked over plain fetch (the client's own links would be circular inside the
 * socket's connectionParams), but from a codegen document, so a schema change fails `tsc`.
 */
const subscriptionTicketQuery = graphql(`
  query SubscriptionTicket {
    subscriptionTicket
  }
`);

async function subscriptionTicket(token: string | undefined): Promise<string> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(subscriptionTicketQuery), operationName: 'SubscriptionTicket' }),
  });
  const answer = (await response.json()) as { data?: SubscriptionTicketQuery | null };
  if (!answer.data?.subscriptionTicket) {
    throw new Error('No ticket for live updates');
  }
  return answer.data.subscriptionTicket;
}
