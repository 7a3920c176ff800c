package org.campussms.bulksend.application;

import java.util.Map;

/**
 * What a bulk send will do before it starts: how many by SMS, by email, skipped (with reasons), and how long the
 * texts take under the pool's rate limits.
 */
public record BulkPlanView(long id, long poolId, int sms, int email, int skipped, Map<String, Long> skipReasons,
        int segments, int segmentsPerSecond, int estimatedSeconds) {
}
