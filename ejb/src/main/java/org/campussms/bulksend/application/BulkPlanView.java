package org.campussms.bulksend.application;

import java.time.Instant;
import java.util.Map;
import org.campussms.pool.domain.SendingWindow;

/**
 * What a bulk send will do before it starts: how many by SMS, by email, skipped (with reasons), how long the texts
 * take under the pool's rate limits, and how many would wait for the sending window where their recipient is.
 *
 * @param heldForWindow texts to recipients outside the pool's sending window if it started now
 * @param heldUntil     when the last of them may go; null when none waits
 */
public record BulkPlanView(long id, long poolId, int sms, int email, int skipped, Map<String, Long> skipReasons,
        int segments, int segmentsPerSecond, int estimatedSeconds, int heldForWindow, Instant heldUntil,
        SendingWindow window) {
}
