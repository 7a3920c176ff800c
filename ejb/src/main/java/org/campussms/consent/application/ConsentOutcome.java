package org.campussms.consent.application;

import java.util.Objects;
import java.util.Optional;
import org.campussms.consent.domain.ConsentScope;

/**
 * What an inbound message did to consent, and the reply to send for it. The reply to an opt-out is the one text a
 * number that just opted out still receives: the inbound pipeline sends it without the consent check.
 *
 * @param scope     for {@link Kind#OPTED_OUT}: what was stopped; for {@link Kind#OPTED_IN}: the sender resumed; else
 *                  null
 * @param replyText the reply, null when there is none
 */
public record ConsentOutcome(Kind kind, ConsentScope scope, String replyText) {

    public enum Kind {
        /** Not a consent message: an ordinary text for the conversation. */
        NONE,
        OPTED_OUT,
        OPTED_IN,
        /** A request for help: nothing changed, the help text is the reply. */
        HELP
    }

    private static final ConsentOutcome NONE = new ConsentOutcome(Kind.NONE, null, null);

    public ConsentOutcome {
        Objects.requireNonNull(kind, "kind");
    }

    public static ConsentOutcome none() {
        return NONE;
    }

    public static ConsentOutcome optedOut(ConsentScope scope, String reply) {
        return new ConsentOutcome(Kind.OPTED_OUT, Objects.requireNonNull(scope), reply);
    }

    public static ConsentOutcome optedIn(ConsentScope sender, String reply) {
        return new ConsentOutcome(Kind.OPTED_IN, Objects.requireNonNull(sender), reply);
    }

    public static ConsentOutcome help(String reply) {
        return new ConsentOutcome(Kind.HELP, null, reply);
    }

    public Optional<String> reply() {
        return Optional.ofNullable(replyText);
    }
}
