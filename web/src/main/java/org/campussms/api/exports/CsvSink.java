package org.campussms.api.exports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.campussms.report.application.RowSink;

/**
 * Writes an export's rows to the HTTP response as CSV. The response starts (status, headers, the header line) only
 * when the service has accepted the request, and is flushed every {@value #FLUSH_EVERY} rows, so the client gets
 * the file in chunks while the rest is still being read.
 */
final class CsvSink<T> implements RowSink<T> {

    static final int FLUSH_EVERY = 2000;
    private static final int BUFFER_CHARS = 64 * 1024;

    /** How one row becomes CSV cells. */
    interface Columns<T> {
        void write(CsvWriter csv, T row) throws IOException;
    }

    private final HttpServletResponse response;
    private final String fileName;
    private final String[] header;
    private final Columns<T> columns;
    private Writer out;
    private CsvWriter csv;
    private long rows;

    CsvSink(HttpServletResponse response, String fileName, String[] header, Columns<T> columns) {
        this.response = response;
        this.fileName = fileName;
        this.header = header;
        this.columns = columns;
    }

    @Override
    public void begin() throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                BUFFER_CHARS);
        csv = new CsvWriter(out);
        csv.row(header);
    }

    @Override
    public void accept(T row) throws IOException {
        columns.write(csv, row);
        if (++rows % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    void finish() throws IOException {
        out.flush();
    }
}
