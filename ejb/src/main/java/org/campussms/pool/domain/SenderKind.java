package org.campussms.pool.domain;

/**
 * The kinds of numbers carriers know, with the rate each may send at unless configured otherwise.
 */
public enum SenderKind {
    LONG_CODE(1),
    TOLL_FREE(3),
    SHORT_CODE(100),
    /** 10DLC: the rate comes from the campaign's registration, so it is always configured. */
    TEN_DLC(1);

    private final int defaultSegmentsPerSecond;

    SenderKind(int defaultSegmentsPerSecond) {
        this.defaultSegmentsPerSecond = defaultSegmentsPerSecond;
    }

    public int defaultSegmentsPerSecond() {
        return defaultSegmentsPerSecond;
    }
}
