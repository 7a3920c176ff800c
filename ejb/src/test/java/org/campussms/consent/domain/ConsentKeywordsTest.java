package org.campussms.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentKeywordsTest {

    private static final String[][] KEYWORDS = {
            {"STOP", "STOP_SENDER"},
            {"STOPALL", "STOP_ALL"}, {"UNSUBSCRIBE", "STOP_ALL"}, {"CANCEL", "STOP_ALL"}, {"END", "STOP_ALL"},
            {"QUIT", "STOP_ALL"}, {"REVOKE", "STOP_ALL"}, {"OPTOUT", "STOP_ALL"},
            {"STOP ALL", "STOP_ALL"}, {"STOP  ALL", "STOP_ALL"}, {"OPT OUT", "STOP_ALL"},
            {"START", "START"}, {"YES", "RESUME_SENDER"}, {"UNSTOP", "START"},
            {"HELP", "HELP"}, {"INFO", "HELP"}};

    /** Every keyword, in every case, bare and wrapped in spaces and punctuation. */
    static Stream<Arguments> keywordMatrix() {
        Stream.Builder<Arguments> matrix = Stream.builder();
        for (String[] keyword : KEYWORDS) {
            String word = keyword[0];
            String capitalized = word.charAt(0) + word.substring(1).toLowerCase();
            for (String form : new String[] {word, word.toLowerCase(), capitalized}) {
                for (String message : new String[] {form, " " + form + " ", form + ".", " " + form + ". ",
                        form + "!!", form + " ?", "\t" + form + "\n", form + "...", "\"" + form + "\"",
                        form + "\u00a0", form + " !?"}) {
                    matrix.add(Arguments.of(message, ConsentIntent.valueOf(keyword[1])));
                }
            }
        }
        return matrix.build();
    }

    @ParameterizedTest
    @MethodSource("keywordMatrix")
    void aMessageThatIsOnlyAKeywordIsThatKeyword(String message, ConsentIntent intent) {
        assertEquals(Optional.of(intent), ConsentKeywords.keyword(message), "[" + message + "]");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "?!", "stop texting me", "Please stop", "STOP, ALL", "stop all now", "stop stop",
            "stops",
            "st op", "yes please", "help me", "Is the office open?", "STOP1", "1 STOP", "unsubscribe me", "halt",
            "ok", "info@example.edu", "end of term?"})
    void anythingElseIsNoKeyword(String message) {
        assertEquals(Optional.empty(), ConsentKeywords.keyword(message), "[" + message + "]");
    }

    @Test
    void aKeywordIsReadWithTheWordAsReceived() {
        assertEquals(Optional.of(new ConsentRequest(ConsentIntent.STOP_SENDER, ConsentSource.KEYWORD, "Stop.")),
                ConsentKeywords.read(" Stop. ", null));
    }

    @Test
    void ourKeywordWinsOverTheCarriersOptOutType() {
        assertEquals(Optional.of(new ConsentRequest(ConsentIntent.STOP_ALL, ConsentSource.KEYWORD, "stopall")),
                ConsentKeywords.read("stopall", "STOP"));
        assertEquals(Optional.of(new ConsentRequest(ConsentIntent.RESUME_SENDER, ConsentSource.KEYWORD, "yes")),
                ConsentKeywords.read("yes", "STOP"));
    }

    @ParameterizedTest
    @MethodSource("optOutTypes")
    void theCarriersOptOutTypeCountsForAnOrdinaryBody(String type, ConsentIntent intent) {
        assertEquals(Optional.of(new ConsentRequest(intent, ConsentSource.CARRIER_OPT_OUT_TYPE, type.strip()
                        .toUpperCase())),
                ConsentKeywords.read("arrêt s'il vous plaît", type));
    }

    static Stream<Arguments> optOutTypes() {
        return Stream.of(Arguments.of("STOP", ConsentIntent.STOP_SENDER),
                Arguments.of("START", ConsentIntent.RESUME_SENDER),
                Arguments.of("HELP", ConsentIntent.HELP), Arguments.of(" stop ", ConsentIntent.STOP_SENDER));
    }

    @Test
    void anOrdinaryMessageWithoutOrWithAnUnknownOptOutTypeIsNoRequest() {
        assertTrue(ConsentKeywords.read("See you at 10", null).isEmpty());
        assertTrue(ConsentKeywords.read("See you at 10", "").isEmpty());
        assertTrue(ConsentKeywords.read("See you at 10", "SOMETHING").isEmpty());
    }

    @Test
    void aLongDetailIsCutToItsColumn() {
        String shouted = "STOP" + "!".repeat(200);

        ConsentRequest request = ConsentKeywords.read(shouted, null).orElseThrow();

        assertEquals(ConsentIntent.STOP_SENDER, request.intent());
        assertEquals(ConsentKeywords.MAX_DETAIL_LENGTH, request.detail().length());
    }
}
