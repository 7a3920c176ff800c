package org.campussms.report.application;

import java.util.List;

/**
 * One page of a report, newest first, and how many rows the whole report has.
 */
public record ReportPage<T>(List<T> rows, long total) {

    public ReportPage {
        rows = List.copyOf(rows);
    }
}
