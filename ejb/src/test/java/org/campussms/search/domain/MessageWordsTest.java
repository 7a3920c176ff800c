package org.campussms.search.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageWordsTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsOnceEach() {
        assertArrayEquals(new String[] {"matricula", "due", "friday", "2026"},
                MessageWords.of("Your MATRÍCULA is due Friday, 2026... matricula!"));
    }

    @Test
    void shortAndCommonWordsAreLeftOut() {
        assertArrayEquals(new String[] {"meet", "noon"}, MessageWords.of("I will meet you at the noon, OK?"));
        assertArrayEquals(new String[0], MessageWords.of("to at ?!"));
        assertArrayEquals(new String[0], MessageWords.of(null));
    }

    @Test
    void lettersOfAnyScriptAreWordsAndLongOnesAreCut() {
        assertArrayEquals(new String[] {"日本語です"}, MessageWords.of("日本語です。"));
        String[] cut = MessageWords.of("a".repeat(40) + " 😀" + "b".repeat(40));
        assertEquals(MessageWords.MAX_LENGTH, cut[0].length());
        assertEquals("b".repeat(MessageWords.MAX_LENGTH), cut[1], "an emoji is not part of a word");
    }
}
