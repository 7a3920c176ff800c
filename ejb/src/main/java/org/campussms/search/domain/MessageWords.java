package org.campussms.search.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words history search knows a message by: letters and digits between anything else, lower case and without
 * accents on Latin letters ("Matrícula" is "matricula"), at least three characters, common English words left out, each cut to
 * {@value #MAX_LENGTH} characters. The message word index is written and searched with these same words.
 */
public final class MessageWords {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;

    /** Words in nearly every message: indexing them would only make the index bigger. */
    private static final Set<String> COMMON = Set.of("about", "are", "and", "but", "can", "com", "for", "from",
            "had", "has", "have", "how", "not", "that", "the", "this", "was", "what", "when", "where", "who", "will",
            "with", "you", "your", "www");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Accents on Latin letters; marks in other scripts can make another letter (Japanese で is not て). */
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    private MessageWords() {
    }

    /** The distinct words of a text, in the order they first appear. */
    public static String[] of(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String folded = Normalizer.normalize(LATIN_MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
        return Arrays.stream(NOT_WORD.split(folded))
                .filter(w -> w.length() >= MIN_LENGTH && !COMMON.contains(w))
                .map(MessageWords::cut)
                .distinct()
                .toArray(String[]::new);
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) > MAX_LENGTH
                ? word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH)) : word;
    }
}
