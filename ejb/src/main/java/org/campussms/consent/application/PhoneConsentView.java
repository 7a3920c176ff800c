package org.campussms.consent.application;

import java.util.List;

/**
 * Where one phone stands, as the caller may see it: opted out (the opt-outs in effect of every sender and of the
 * caller's pools and personal number, newest first), else the newest opt-in (null when the phone has no record).
 */
public record PhoneConsentView(String phone, List<ConsentEventView> optOuts, ConsentEventView lastOptIn) {

    public boolean optedOut() {
        return !optOuts.isEmpty();
    }
}
