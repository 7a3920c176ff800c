package org.campussms.conversation.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.platform.DomainException;

/**
 * What a person types into history search, as MariaDB's boolean full-text syntax: every word required, each as a
 * prefix ("transc" finds "transcript"). Words the full-text index does not hold (shorter than 3 letters, InnoDB's
 * stopwords) are left out, since requiring one would find nothing; operators typed are not operators.
 */
final class SearchTerms {

    /** InnoDB's default stopword list. */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    private static final int MIN_WORD = 3;
    private static final int MAX_WORDS = 10;

    private SearchTerms() {
    }

    static String toBoolean(String text) {
        String terms = Arrays.stream((text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD && !STOPWORDS.contains(w))
                .distinct()
                .limit(MAX_WORDS)
                .map(w -> "+" + w + "*")
                .collect(Collectors.joining(" "));
        if (terms.isEmpty()) {
            throw DomainException.invalid("Search for at least one word of " + MIN_WORD + " letters or more");
        }
        return terms;
    }
}
