package org.campussms.consent.domain;

import java.util.Objects;

/**
 * The automatic replies to consent keywords. Plain GSM characters only, so each fits one SMS segment for a
 * sender name of ordinary length.
 */
public final class ConsentReplies {

    private final String institution;

    /** @param institution the institution's name as recipients know it */
    public ConsentReplies(String institution) {
        this.institution = Objects.requireNonNull(institution);
    }

    /** After a STOP to one sender: a pool (its name) or a staff user's personal number (their name). */
    public String stopped(String sender) {
        return "You will no longer receive texts from " + sender + " at " + institution
                + ". Reply START to resume.";
    }

    /** After STOPALL or one of its synonyms. */
    public String stoppedAll() {
        return "You will no longer receive any texts from " + institution + ". Reply START to resume.";
    }

    /** After START, UNSTOP or YES to one sender (a pool's or a staff member's name), which may text again. */
    public String started(String sender) {
        return "You will receive texts from " + sender + " at " + institution
                + " again. Reply HELP for help, STOP to stop.";
    }

    /** After YES to one sender while the person has stopped every text: only START lifts that. */
    public String stillStoppedAll() {
        return "You still receive no texts from " + institution + ", as you asked. Reply START to resume.";
    }

    /** The answer to HELP, naming the sender the person wrote to (a pool's or a staff member's name). */
    public String help(String sender) {
        return sender + " at " + institution + ": reply STOP to stop these texts, STOPALL to stop all our texts, "
                + "START to resume. Msg&data rates may apply.";
    }
}
