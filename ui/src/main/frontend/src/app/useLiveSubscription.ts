import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { liveConnection } from './apollo';

/** The first wait before subscribing again; it doubles after each failure, up to the last. */
const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 30_000;

/**
 * Whether a subscription that ended with this error is opened again. The server ends one with SUBSCRIBE_AGAIN when
 * the sign-in it was opened under ends or the user's pool access changes; a connection that could not be opened
 * (no ticket while offline, a socket closed for good) is tried again too. Any other refusal is final.
 */
export function worthSubscribingAgain(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'SUBSCRIBE_AGAIN');
  }
  return true;
}

/**
 * A subscription that lasts as long as the screen: when the server ends it, it is opened again on a new connection
 * (with a fresh ticket, under the user's access of now), waiting longer after each failure. Whenever a connection
 * opens after a gap, {@code onCatchUp} asks for what the gap may have hidden. Every live screen subscribes
 * through it.
 */
export function useLiveSubscription<TData, TVariables extends OperationVariables = Record<string, never>>(
  query: TypedDocumentNode<TData, TVariables>,
  onCatchUp: () => void,
  options: Pick<useSubscription.Options<TData, TVariables>, 'variables' | 'onData' | 'onComplete'> = {},
) {
  const live = useSubscription(query, options as useSubscription.Options<TData, TVariables>);
  const { data, error, restart } = live;
  const catchUp = useRef(onCatchUp);
  catchUp.current = onCatchUp;
  const behind = useRef(false);
  const failures = useRef(0);

  useEffect(() => {
    let opened = liveConnection.opened();
    return liveConnection.subscribe(() => {
      if (!liveConnection.get()) {
        behind.current = true;
      }
      if (liveConnection.opened() !== opened) {
        opened = liveConnection.opened();
        if (behind.current) {
          behind.current = false;
          catchUp.current();
        }
      }
    });
  }, []);

  useEffect(() => {
    if (data) {
      failures.current = 0;
    }
  }, [data]);

  useEffect(() => {
    if (!error || !worthSubscribingAgain(error)) {
      return;
    }
    behind.current = true;
    const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** failures.current);
    failures.current += 1;
    const timer = setTimeout(() => {
      liveConnection.renew();
      restart();
    }, wait);
    return () => clearTimeout(timer);
  }, [error, restart]);

  return live;
}
