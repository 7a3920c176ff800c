package org.campussms.it.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid US numbers (libphonenumber accepts the 555-01XX range of real area codes), a new one at every call, so no
 * test sees another's messages at the carrier fake. Area code 617 is left to the fake's number sales.
 */
public final class TestNumbers {

    private static final int[] AREA_CODES = {202, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231,
            234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281};
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestNumbers() {
    }

    public static String next() {
        int i = NEXT.getAndIncrement();
        if (i >= AREA_CODES.length * 100) {
            throw new IllegalStateException("Out of test numbers");
        }
        return String.format("+1%d5550%03d", AREA_CODES[i / 100], 100 + i % 100);
    }
}
