package org.campussms.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void countersComeOutWithHelpTypeAndOneLinePerLabelValue() {
        Counters counters = new Counters();
        counters.increment(Counters.CARRIER_ERRORS, "20429");
        counters.increment(Counters.CARRIER_ERRORS, "20429");
        counters.increment(Counters.CARRIER_ERRORS, "no_answer");
        PrometheusText out = new PrometheusText();
        Map<String, Long> errors = counters.snapshot().get(Counters.CARRIER_ERRORS);
        out.metric(Counters.CARRIER_ERRORS.name(), "counter", Counters.CARRIER_ERRORS.help(),
                Counters.CARRIER_ERRORS.label(), errors);

        assertEquals("""
                # HELP campus_carrier_errors_total Failed carrier calls by Twilio error code (or connect, timeout, \
                no_answer)
                # TYPE campus_carrier_errors_total counter
                campus_carrier_errors_total{code="20429"} 2
                campus_carrier_errors_total{code="no_answer"} 1
                """, out.toString());
    }

    @Test
    void labelValuesAndHelpAreEscaped() {
        // A label value with a quote, a backslash and a newline; help text with a newline.
        Map<String, Long> values = new TreeMap<>(Map.of("a\"b\\c\nd", 1L));
        String text = new PrometheusText().metric("m", "gauge", "line one\nline two", "l", values)
                .metric("n", "gauge", "plain", 0.5).toString();
        String expected = "# HELP m line one\\nline two\n"
                + "# TYPE m gauge\n"
                + "m{l=\"a\\\"b\\\\c\\nd\"} 1\n"
                + "# HELP n plain\n"
                + "# TYPE n gauge\n"
                + "n 0.5\n";
        assertEquals(expected, text);
    }
}
