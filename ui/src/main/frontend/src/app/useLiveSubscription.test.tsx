import { render, screen, act } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { inboxLiveSubscription as liveQuery } from '../inbox/live';
import { liveConnection } from './apollo';
import { useLiveSubscription, worthSubscribingAgain } from './useLiveSubscription';

function event(conversationId: string) {
  return {
    data: { inboxEvents: { __typename: 'InboxEvent', kind: 'REPLY', conversationId, at: '2026-12-03T08:00:00Z' } },
  };
}

function ended(code: string) {
  return { errors: [new GraphQLError('The subscription ended', { extensions: { code } })] };
}

function LastEvent({ onCatchUp }: { onCatchUp: () => void }) {
  const live = useLiveSubscription(liveQuery, onCatchUp);
  return <p>{live.data ? `Reply in ${live.data.inboxEvents?.conversationId}` : 'Nothing yet'}</p>;
}

describe('a live subscription', () => {
  it('is opened again when the server ends it for a fresh ticket, and its next event shows', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: liveQuery }, result: ended('SUBSCRIBE_AGAIN') },
          { request: { query: liveQuery }, result: event('42') },
        ]}
      >
        <LastEvent onCatchUp={() => undefined} />
      </MockedProvider>,
    );

    expect(await screen.findByText('Reply in 42')).toBeInTheDocument();
  });

  it('asks for what a gap may have hidden once a connection opens after it', async () => {
    const catchUps: number[] = [];
    render(
      <MockedProvider mocks={[{ request: { query: liveQuery }, result: event('7'), delay: 60_000 }]}>
        <LastEvent onCatchUp={() => catchUps.push(Date.now())} />
      </MockedProvider>,
    );
    const socket = { readyState: WebSocket.OPEN, close: () => undefined } as unknown as WebSocket;

    act(() => liveConnection.connected(socket));
    expect(catchUps).toHaveLength(0);
    act(() => liveConnection.set(false));
    act(() => liveConnection.connected(socket));
    expect(catchUps).toHaveLength(1);
  });

  it('is opened again after SUBSCRIBE_AGAIN or a lost connection, never after a refusal', () => {
    expect(worthSubscribingAgain(new CombinedGraphQLErrors({ errors: ended('SUBSCRIBE_AGAIN').errors }))).toBe(true);
    expect(worthSubscribingAgain(new Error('Socket closed with event 4005'))).toBe(true);
    expect(worthSubscribingAgain(new CombinedGraphQLErrors({ errors: ended('FORBIDDEN').errors }))).toBe(false);
  });
});
