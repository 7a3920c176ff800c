package org.campussms.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentRepliesTest {

    private final ConsentReplies replies = new ConsentReplies("Example University");

    @Test
    void aStopToAPoolNamesThePoolAndTheInstitution() {
        assertEquals("You will no longer receive texts from Advising at Example University. Reply START to resume.",
                replies.stopped("Advising"));
    }

    @Test
    void aStopToAPersonalNumberNamesTheStaffMember() {
        assertEquals("You will no longer receive texts from Dana Advisor at Example University. Reply START to "
                + "resume.", replies.stopped("Dana Advisor"));
    }

    @Test
    void stopAllNamesOnlyTheInstitution() {
        assertEquals("You will no longer receive any texts from Example University. Reply START to resume.",
                replies.stoppedAll());
    }

    @Test
    void startConfirmsThatTextsFromThatSenderResume() {
        assertEquals("You will receive texts from Advising at Example University again. Reply HELP for help, STOP "
                + "to stop.", replies.started("Advising"));
    }

    @Test
    void yesWhileEveryTextIsStoppedSaysSoAndHowToResume() {
        assertEquals("You still receive no texts from Example University, as you asked. Reply START to resume.",
                replies.stillStoppedAll());
    }

    @Test
    void helpNamesTheSenderAndTheInstitutionAndTheKeywords() {
        assertEquals("Advising at Example University: reply STOP to stop these texts, STOPALL to stop all our "
                + "texts, START to resume. Msg&data rates may apply.", replies.help("Advising"));
        assertTrue(replies.help("Dana Advisor").startsWith("Dana Advisor at Example University: "));
    }

    @Test
    void everyReplyIsPlainTextThatFitsOneSegmentForOrdinaryNames() {
        for (String reply : List.of(replies.stopped("Financial Aid"), replies.stoppedAll(),
                replies.started("Financial Aid"),
                replies.stillStoppedAll(),
                replies.help("Financial Aid"))) {
            assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(reply), reply);
            assertTrue(reply.length() <= 160, reply.length() + ": " + reply);
        }
    }
}
