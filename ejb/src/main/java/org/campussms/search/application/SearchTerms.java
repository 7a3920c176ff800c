package org.campussms.search.application;

import java.util.Arrays;
import java.util.List;
import org.campussms.platform.DomainException;
import org.campussms.search.domain.MessageWords;

/**
 * What a person types into history search, as the words the index knows ({@link MessageWords}): every word
 * required, each as a word start ("transc" finds "transcript"). Words the index leaves out (shorter than three
 * letters, the most common ones) are left out here too, since requiring one would find nothing.
 */
final class SearchTerms {

    private static final int MAX_WORDS = 10;

    private SearchTerms() {
    }

    static List<String> words(String text) {
        List<String> words = Arrays.stream(MessageWords.of(text)).limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            throw DomainException.invalid("Search for at least one word of " + MessageWords.MIN_LENGTH
                    + " letters or more");
        }
        return words;
    }
}
