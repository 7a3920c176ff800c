package org.campussms.api.exports;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break go in double quotes, quotes doubled; CRLF line ends.
 *
 * <p>Free text people typed (names, message bodies, pool names) goes through {@link #text}, which also defuses
 * spreadsheet formulas: a cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe,
 * so a spreadsheet shows it instead of evaluating it. Values we produce ourselves (ids, E.164 numbers, enum names,
 * times) cannot hold a formula and go through {@link #value} unchanged, so a number keeps its leading +.
 */
final class CsvWriter {

    private final Writer out;
    private boolean rowStarted;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** A header or any row of fixed names. */
    void row(String... values) throws IOException {
        for (String value : values) {
            value(value);
        }
        endRow();
    }

    /** A cell of free text; null writes an empty cell. */
    CsvWriter text(String text) throws IOException {
        return cell(text == null ? null : defused(text));
    }

    /** A cell of a value we produced (an id, a number, an enum, a time); null writes an empty cell. */
    CsvWriter value(Object value) throws IOException {
        return cell(value == null ? null : value.toString());
    }

    void endRow() throws IOException {
        out.write("\r\n");
        rowStarted = false;
    }

    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quoted(String cell) {
        boolean needsQuotes = false;
        for (int i = 0; i < cell.length() && !needsQuotes; i++) {
            char c = cell.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private CsvWriter cell(String cell) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
        if (cell != null) {
            out.write(quoted(cell));
        }
        return this;
    }
}
