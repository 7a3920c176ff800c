import { useEffect, useMemo, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { Direction, MessageSearchFilter, SearchMessagesQuery } from '../gql/graphql';
import { go, href, useRoute, type RouteOf } from '../app/routes';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { startOfLocalDay } from '../app/days';
import { searchMessagesQuery, searchPoolsQuery } from './operations';
import { hasSearchableWord } from './words';
import styles from './SearchScreen.module.css';

/** Hits a page. */
const PAGE = 20;
const ANY = 'any';
const ALL_POOLS = 'all';

type Hit = SearchMessagesQuery['searchMessages']['hits'][number];

interface Criteria {
  text: string;
  filter: MessageSearchFilter;
}

type SearchRoute = RouteOf<'search'>;
const NO_SEARCH: SearchRoute = { name: 'search' };

/** What the address asks to search for; nothing until it names words. */
function criteriaOf(route: SearchRoute): Criteria | null {
  if (!route.text) {
    return null;
  }
  const filter: MessageSearchFilter = {};
  if (route.direction) {
    filter.direction = route.direction as Direction;
  }
  if (route.pool) {
    filter.poolId = route.pool;
  }
  if (route.from) {
    filter.from = startOfLocalDay(route.from);
  }
  if (route.until) {
    // The until date is included: up to the start of the next day.
    filter.until = startOfLocalDay(route.until, 1);
  }
  return { text: route.text, filter };
}

/**
 * History search: texts and replies containing every word typed, newest first, filtered by direction, pool and
 * dates; each hit opens its conversation.
 */
export default function SearchScreen() {
  const intl = useIntl();
  // The criteria searched are in the address (search?text=…&pool=…), so Back and bookmarks restore the search.
  const route = useRoute();
  // The search last shown stays while the address leaves for a conversation (the app then shows another screen).
  const [shown, setShown] = useState<SearchRoute>(route.name === 'search' ? route : NO_SEARCH);
  const asked = route.name === 'search' ? route : shown;
  const [text, setText] = useState(asked.text ?? '');
  const [direction, setDirection] = useState<string>(asked.direction ?? ANY);
  const [poolKey, setPoolKey] = useState<string>(asked.pool ?? ALL_POOLS);
  const [from, setFrom] = useState(asked.from ?? '');
  const [until, setUntil] = useState(asked.until ?? '');
  if (href(shown) !== href(asked)) {
    // Back or a bookmark changed the search: the fields show it (state adjusted while rendering).
    setShown(asked);
    setText(asked.text ?? '');
    setDirection(asked.direction ?? ANY);
    setPoolKey(asked.pool ?? ALL_POOLS);
    setFrom(asked.from ?? '');
    setUntil(asked.until ?? '');
  }
  const askedHref = href(asked);
  const criteria = useMemo(() => criteriaOf(asked), [asked]);
  const [nextOffset, setNextOffset] = useState(PAGE);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  // The first hit of the page just loaded, to move the focus to.
  const [focusHit, setFocusHit] = useState<number | null>(null);

  const pools = useQuery(searchPoolsQuery);
  const search = useQuery(
    searchMessagesQuery,
    criteria ? { variables: { ...criteria, limit: PAGE, offset: 0 } } : skipToken,
  );

  useEffect(() => {
    const heading = focusHit === null ? null : document.getElementById(`search-hit-${focusHit}`);
    if (heading) {
      heading.focus();
      setFocusHit(null);
    }
  }, [focusHit, search.data]);

  // Called once the words and dates are valid: React Aria's form stops the submit otherwise and focuses the field.
  const submit = () => {
    const words = text.trim();
    const next: SearchRoute = {
      name: 'search',
      text: words,
      direction: direction !== ANY ? direction : undefined,
      pool: poolKey !== ALL_POOLS ? poolKey : undefined,
      from: from || undefined,
      until: until || undefined,
    };
    setNextOffset(PAGE);
    setMoreError(null);
    if (criteria && href(next) === askedHref) {
      // The same search again: asked anew, as new messages may have come.
      void search.refetch().catch(() => undefined);
    } else {
      go(next);
    }
  };

  const loadMore = () => {
    const shown = search.data?.searchMessages.hits.length ?? 0;
    setLoadingMore(true);
    setMoreError(null);
    search
      .fetchMore({
        variables: { offset: nextOffset },
        updateQuery: (previous, { fetchMoreResult }) => ({
          searchMessages: {
            ...fetchMoreResult.searchMessages,
            hits: [...(previous?.searchMessages.hits ?? []), ...fetchMoreResult.searchMessages.hits],
          },
        }),
      })
      .then(() => {
        setNextOffset((offset) => offset + PAGE);
        setFocusHit(shown);
      })
      .catch((error: unknown) => setMoreError(error))
      .finally(() => setLoadingMore(false));
  };

  const page = criteria ? search.data?.searchMessages : undefined;
  const searching = Boolean(criteria) && search.loading && !loadingMore;
  const poolOptions = [
    { id: ALL_POOLS, label: intl.formatMessage({ id: 'search.allPools' }) },
    ...(pools.data?.pools ?? []).map((p) => ({ id: p.id, label: p.name })),
  ];

  return (
    <div className={styles.screen}>
      <h1 className={styles.title}>
        <FormattedMessage id="search.title" />
      </h1>
      <p className={styles.intro}>
        <FormattedMessage id="search.intro" />
      </p>
      <Form
        role="search"
        aria-label={intl.formatMessage({ id: 'search.title' })}
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField
          label={<FormattedMessage id="search.words" />}
          description={<FormattedMessage id="search.wordsHint" />}
          value={text}
          onChange={setText}
          validate={(value) => (hasSearchableWord(value.trim()) ? null : intl.formatMessage({ id: 'search.tooShort' }))}
          type="search"
          autoComplete="off"
          className={styles.words}
        />
        <div className={styles.filters}>
          <RadioGroup
            label={<FormattedMessage id="search.direction" />}
            value={direction}
            onChange={setDirection}
            orientation="horizontal"
            options={[
              { id: ANY, name: <FormattedMessage id="search.direction.any" /> },
              { id: 'INBOUND', name: <FormattedMessage id="search.direction.INBOUND" /> },
              { id: 'OUTBOUND', name: <FormattedMessage id="search.direction.OUTBOUND" /> },
            ]}
          />
          <Select
            label={intl.formatMessage({ id: 'search.pool' })}
            value={poolKey}
            onChange={setPoolKey}
            options={poolOptions.map((option) => ({ id: option.id, name: option.label }))}
          />
          <TextField label={<FormattedMessage id="search.from" />} value={from} onChange={setFrom} type="date" />
          <TextField
            label={<FormattedMessage id="search.until" />}
            value={until}
            onChange={setUntil}
            validate={(value) =>
              from && value && from > value ? intl.formatMessage({ id: 'search.datesReversed' }) : null
            }
            type="date"
          />
        </div>
        <Notice kind="error" id="search.poolsFailed" error={pools.error} />
        <Button type="submit" variant="primary" isPending={searching}>
          <FormattedMessage id="search.submit" />
        </Button>
      </Form>

      <section aria-labelledby="search-results-heading" aria-busy={searching || loadingMore} className={styles.results}>
        <h2 id="search-results-heading" className={criteria ? styles.resultsHeading : styles.hidden}>
          <FormattedMessage id="search.results" />
        </h2>
        <Notice kind="status" as="div" className={styles.status}>
          {searching ? (
            <p>
              <FormattedMessage id="search.searching" />
            </p>
          ) : (
            page && (
              <>
                <p>
                  {page.hits.length === 0 ? (
                    <FormattedMessage id="search.none" />
                  ) : (
                    <FormattedMessage
                      id={page.more ? 'search.countMore' : 'search.count'}
                      values={{ count: page.hits.length }}
                    />
                  )}
                </p>
                {!page.complete && (
                  <p className={styles.notice}>
                    <FormattedMessage id="search.incomplete" />
                  </p>
                )}
              </>
            )
          )}
        </Notice>
        {criteria && !searching && <Notice kind="error" id="search.failed" error={search.error} />}
        {page && page.hits.length > 0 && (
          <ol className={styles.hits}>
            {page.hits.map((hit, index) => (
              <SearchHit key={`${hit.direction}-${hit.messageId}`} hit={hit} index={index} />
            ))}
          </ol>
        )}
        {moreError !== null && <Notice kind="error" id="search.failed" error={moreError} />}
        {page?.more && !searching && (
          <Button variant="secondary" onPress={loadMore} isPending={loadingMore}>
            <FormattedMessage id={loadingMore ? 'search.loadingMore' : 'search.more'} />
          </Button>
        )}
      </section>
    </div>
  );
}

function SearchHit({ hit, index }: { hit: Hit; index: number }) {
  const href = `${import.meta.env.BASE_URL}conversations/${hit.conversationId}`;
  return (
    <li className={styles.hit}>
      <h3 id={`search-hit-${index}`} tabIndex={-1} className={styles.hitHeading}>
        <FormattedMessage
          id={hit.note ? 'search.hit.NOTE' : `search.hit.${hit.direction}`}
          values={{ number: hit.contactNumber }}
        />
      </h3>
      <p className={styles.meta}>
        <span>{hit.poolId === null || hit.poolId === undefined ? <FormattedMessage id="search.personal" /> : hit.poolName}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={hit.at}>
          <FormattedDate value={hit.at} dateStyle="medium" timeStyle="short" />
        </time>
      </p>
      <p className={styles.body}>{hit.body}</p>
      <a
        href={href}
        className={styles.link}
        onClick={(event) => {
          if (!event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && event.button === 0) {
            event.preventDefault();
            go({ name: 'conversation', id: hit.conversationId });
          }
        }}
      >
        <FormattedMessage id="search.open" />
      </a>
    </li>
  );
}
