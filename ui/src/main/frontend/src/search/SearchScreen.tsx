import { useEffect, useMemo, useRef, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import {
  Button,
  Form,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import type { Direction, MessageSearchFilter, SearchMessagesQuery } from '../gql/graphql';
import { errorSentence } from '../app/errors';
import { go, href, useRoute, type RouteOf } from '../app/routes';
import { Select } from '../ui/Select';
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
  const [wordsHint, setWordsHint] = useState(false);
  const [datesHint, setDatesHint] = useState(false);
  const askedHref = href(asked);
  const criteria = useMemo(() => criteriaOf(asked), [asked]);
  const [nextOffset, setNextOffset] = useState(PAGE);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  // The first hit of the page just loaded, to move the focus to.
  const [focusHit, setFocusHit] = useState<number | null>(null);
  const wordsField = useRef<HTMLInputElement>(null);

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

  const submit = () => {
    const words = text.trim();
    const tooShort = !hasSearchableWord(words);
    const reversed = Boolean(from && until && from > until);
    setWordsHint(tooShort);
    setDatesHint(reversed);
    if (tooShort) {
      wordsField.current?.focus();
      return;
    }
    if (reversed) {
      return;
    }
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
          value={text}
          onChange={(value) => {
            setText(value);
            setWordsHint(false);
          }}
          type="search"
          autoComplete="off"
          aria-describedby={wordsHint ? 'search-words-hint' : undefined}
          className={`${styles.field} ${styles.words}`}
        >
          <Label className={styles.label}>
            <FormattedMessage id="search.words" />
          </Label>
          <Input ref={wordsField} className={styles.input} aria-invalid={wordsHint || undefined} />
          <Text slot="description" className={styles.hint}>
            <FormattedMessage id="search.wordsHint" />
          </Text>
        </TextField>
        {wordsHint && (
          <p id="search-words-hint" role="alert" className={styles.error}>
            <FormattedMessage id="search.tooShort" />
          </p>
        )}
        <div className={styles.filters}>
          <RadioGroup
            value={direction}
            onChange={setDirection}
            orientation="horizontal"
            className={styles.radioGroup}
          >
            <Label className={styles.label}>
              <FormattedMessage id="search.direction" />
            </Label>
            <div className={styles.radios}>
              <Radio value={ANY} className={styles.radio}>
                <FormattedMessage id="search.direction.any" />
              </Radio>
              <Radio value="INBOUND" className={styles.radio}>
                <FormattedMessage id="search.direction.INBOUND" />
              </Radio>
              <Radio value="OUTBOUND" className={styles.radio}>
                <FormattedMessage id="search.direction.OUTBOUND" />
              </Radio>
            </div>
          </RadioGroup>
          <Select
            label={intl.formatMessage({ id: 'search.pool' })}
            value={poolKey}
            onChange={setPoolKey}
            options={poolOptions.map((option) => ({ id: option.id, name: option.label }))}
          />
          <TextField value={from} onChange={setFrom} type="date" className={styles.field}>
            <Label className={styles.label}>
              <FormattedMessage id="search.from" />
            </Label>
            <Input className={styles.input} />
          </TextField>
          <TextField value={until} onChange={setUntil} type="date" className={styles.field}>
            <Label className={styles.label}>
              <FormattedMessage id="search.until" />
            </Label>
            <Input className={styles.input} />
          </TextField>
        </div>
        {pools.error && (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="search.poolsFailed" values={{ reason: errorSentence(pools.error, intl) }} />
          </p>
        )}
        {datesHint && (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="search.datesReversed" />
          </p>
        )}
        <Button type="submit" className={styles.primary} isPending={searching}>
          <FormattedMessage id="search.submit" />
        </Button>
      </Form>

      <section aria-labelledby="search-results-heading" aria-busy={searching || loadingMore} className={styles.results}>
        <h2 id="search-results-heading" className={criteria ? styles.resultsHeading : styles.hidden}>
          <FormattedMessage id="search.results" />
        </h2>
        <div role="status" className={styles.status}>
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
        </div>
        {criteria && search.error && !searching && (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="search.failed" values={{ reason: errorSentence(search.error, intl) }} />
          </p>
        )}
        {page && page.hits.length > 0 && (
          <ol className={styles.hits}>
            {page.hits.map((hit, index) => (
              <SearchHit key={`${hit.direction}-${hit.messageId}`} hit={hit} index={index} />
            ))}
          </ol>
        )}
        {moreError !== null && (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="search.failed" values={{ reason: errorSentence(moreError, intl) }} />
          </p>
        )}
        {page?.more && !searching && (
          <Button className={styles.secondary} onPress={loadMore} isPending={loadingMore}>
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
        <FormattedMessage id={`search.hit.${hit.direction}`} values={{ number: hit.contactNumber }} />
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
