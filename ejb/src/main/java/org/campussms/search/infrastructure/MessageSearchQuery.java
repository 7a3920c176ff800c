package org.campussms.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.SQLWarning;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Row;

/**
 * History search through the message word index ({@code message_word}, written by {@link MessageWordIndex}):
 * messages with every word (each as a word start), newest first. The longest word drives: its entries are read
 * newest first in index order, each checked for the other words by the message's own few entries, and reading
 * stops once the page is full, so a search costs about its page, not the number of messages that match. Words
 * that are each in many messages but seldom together would still read much of the index: a search reads at most
 * {@value #MAX_ROWS_EXAMINED} entries and then says it is incomplete.
 */
@ApplicationScoped
public class MessageSearchQuery {

    /** A word start that begins more index words than this is read as one range, sorted by time. */
    private static final int MAX_EXPANSIONS = 20;
    /** Index entries one search may read: some 50 ms on two cores, however common its words. */
    private static final int MAX_ROWS_EXAMINED = 50_000;
    private static final int ROWS_EXAMINED_EXCEEDED = 1931;
    /** U+10FFFF: after every word that starts with what precedes it. */
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

    /** Which messages may match; null fields do not filter. */
    public record Scope(Collection<Long> poolIds, Long personalNumberId, Long poolId, Long personId,
            String direction, Instant from, Instant until) {
    }

    /** One message found, with where it is. */
    public record Hit(String direction, long messageId, long conversationId, Long poolId, Long personId,
            String contactNumber, String body, Instant at) {
    }

    /**
     * A page of hits, newest first.
     *
     * @param complete false when the search stopped after reading its share of the index: older messages may match
     */
    public record Result(List<Hit> hits, boolean complete) {
    }

    private record Found(String direction, long messageId, Instant at) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Database database;

    /**
     * @param words the words searched for, as {@code MessageWords} makes them; each matches words it starts
     */
    public Result search(List<String> words, Scope scope, int offset, int limit) {
        String driving = words.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        List<String> others = new ArrayList<>(words);
        others.remove(driving);
        List<String> expansions = expansions(driving);
        if (expansions.isEmpty()) {
            return new Result(List.of(), true);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select x.direction, x.message_id, max(x.at_time) at from (");
        if (expansions.size() <= MAX_EXPANSIONS) {
            for (int i = 0; i < expansions.size(); i++) {
                sql.append(i == 0 ? "" : " union all ").append("(select p.direction, p.message_id, p.at_time ")
                        .append("from message_word p where p.word = ?");
                parameters.add(expansions.get(i));
                sql.append(filter(scope, others, parameters))
                        .append(" order by p.at_time desc, p.direction desc, p.message_id desc limit ?)");
                parameters.add(offset + limit);
            }
        } else {
            sql.append("select p.direction, p.message_id, p.at_time from message_word p where p.word like ?");
            parameters.add(driving + "%");
            sql.append(filter(scope, others, parameters))
                    .append(" order by p.at_time desc, p.direction desc, p.message_id desc limit ?");
            parameters.add(offset + limit);
        }
        // A message with two words that start alike is found once per word: grouped, it counts once. ROWS EXAMINED
        // bounds the work of words in many messages that are seldom together: the search stops, incomplete.
        sql.append(") x group by x.direction, x.message_id order by at desc, x.direction desc, x.message_id desc "
                + "limit ?, ? rows examined ").append(MAX_ROWS_EXAMINED);
        parameters.add(offset);
        parameters.add(limit);
        AtomicBoolean complete = new AtomicBoolean(true);
        List<Found> page = database.sql("search history", db -> db.query(sql.toString(),
                p -> parameters.forEach(p::setObject),
                row -> new Found(direction(row.getString("direction")),
                        row.getLong("message_id"), row.getNullableInstant("at")),
                warnings -> {
                    for (SQLWarning w = warnings; w != null; w = w.getNextWarning()) {
                        if (w.getErrorCode() == ROWS_EXAMINED_EXCEEDED) {
                            complete.set(false);
                        }
                    }
                }));
        return new Result(withPlaces(page), complete.get());
    }

    /**
     * The index's words that start so, up to one more than are read one by one: each found by a seek past the one
     * before, since a grouping query would read every entry of every such word.
     */
    private List<String> expansions(String start) {
        String end = start + LAST_CHARACTER;
        List<String> words = new ArrayList<>();
        String word = nextWord(">=", start, end);
        while (word != null && words.size() <= MAX_EXPANSIONS) {
            words.add(word);
            word = nextWord(">", word, end);
        }
        return words;
    }

    private String nextWord(String comparison, String after, String end) {
        List<?> next = em.createNativeQuery("select word from message_word where word " + comparison
                + " :after and word < :end order by word limit 1")
                .setParameter("after", after)
                .setParameter("end", end)
                .getResultList();
        return next.isEmpty() ? null : (String) next.get(0);
    }

    /** The conditions on an index entry {@code p}: the scope, then a check per further word. */
    private static String filter(Scope scope, List<String> others, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" and (p.sender_number_id = ?");
        parameters.add(scope.personalNumberId() == null ? -1L : scope.personalNumberId());
        if (!scope.poolIds().isEmpty()) {
            where.append(" or p.pool_id in (")
                    .append(String.join(", ", Collections.nCopies(scope.poolIds().size(), "?"))).append(')');
            parameters.addAll(scope.poolIds());
        }
        where.append(")");
        if (scope.direction() != null) {
            where.append(" and p.direction = ?");
            parameters.add(scope.direction().substring(0, 1));
        }
        if (scope.poolId() != null) {
            where.append(" and p.pool_id = ?");
            parameters.add(scope.poolId());
        }
        if (scope.personId() != null) {
            where.append(" and p.person_id = ?");
            parameters.add(scope.personId());
        }
        if (scope.from() != null) {
            where.append(" and p.at_time >= ?");
            parameters.add(LocalDateTime.ofInstant(scope.from(), ZoneOffset.UTC));
        }
        if (scope.until() != null) {
            where.append(" and p.at_time < ?");
            parameters.add(LocalDateTime.ofInstant(scope.until(), ZoneOffset.UTC));
        }
        for (String other : others) {
            // A scalar subquery with a limit: as EXISTS, the optimizer would first collect every message with the
            // word (a semi-join), which is the cost the index is there to avoid.
            where.append(" and (select 1 from message_word q where q.message_id = p.message_id and q.direction = "
                    + "p.direction and q.word like ? limit 1) is not null");
            parameters.add(other + "%");
        }
        return where.toString();
    }

    /** What an index entry's direction says the message is: OUTBOUND (a text), INBOUND (a reply) or NOTE. */
    private static String direction(String indexed) {
        return switch (indexed) {
            case "O" -> "OUTBOUND";
            case "I" -> "INBOUND";
            default -> "NOTE";
        };
    }

    /** The page's messages with their conversations, in the page's order. */
    private List<Hit> withPlaces(List<Found> page) {
        Map<String, Hit> byKey = new HashMap<>();
        for (String direction : List.of("OUTBOUND", "INBOUND", "NOTE")) {
            List<Long> ids = page.stream().filter(f -> f.direction().equals(direction)).map(Found::messageId).toList();
            if (ids.isEmpty()) {
                continue;
            }
            String table = direction.equals("OUTBOUND") ? "outbound_message"
                    : direction.equals("INBOUND") ? "inbound_message" : "conversation_note";
            for (Object tuple : em.createNativeQuery("select m.id, m.conversation_id, c.pool_id, c.person_id, "
                    + "c.contact_e164, m.body from " + table + " m join conversation c on c.id = m.conversation_id "
                    + "where m.id in (:ids)", Tuple.class).setParameter("ids", ids).getResultList()) {
                Row row = Row.of((Tuple) tuple);
                long id = row.getLong("id");
                byKey.put(direction + id, new Hit(direction, id, row.getLong("conversation_id"),
                        row.getNullableLong("pool_id"), row.getNullableLong("person_id"),
                        row.getString("contact_e164"), row.getString("body"), null));
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Found found : page) {
            Hit hit = byKey.get(found.direction() + found.messageId());
            if (hit != null) {
                hits.add(new Hit(hit.direction(), hit.messageId(), hit.conversationId(), hit.poolId(),
                        hit.personId(), hit.contactNumber(), hit.body(), found.at()));
            }
        }
        return hits;
    }
}
