package org.campussms.platform.metrics;

import java.util.Map;

/**
 * Writes metrics in Prometheus's text exposition format (version 0.0.4): a HELP and a TYPE line per metric, then one
 * line per label value.
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder();

    /** A metric with one label: one sample per label value. */
    public PrometheusText metric(String name, String type, String help, String label, Map<String, ? extends Number>
            values) {
        header(name, type, help);
        values.forEach((value, sample) -> out.append(name).append('{').append(label).append("=\"")
                .append(escape(value)).append("\"} ").append(sample).append('\n'));
        return this;
    }

    /** A metric without labels. */
    public PrometheusText metric(String name, String type, String help, Number sample) {
        header(name, type, help);
        out.append(name).append(' ').append(sample).append('\n');
        return this;
    }

    private void header(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
