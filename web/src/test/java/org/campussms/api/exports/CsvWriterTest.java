package org.campussms.api.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String row(CsvWriterRow cells) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        cells.write(csv);
        csv.endRow();
        return out.toString();
    }

    private interface CsvWriterRow {
        void write(CsvWriter csv) throws IOException;
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws IOException {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\"\r\n",
                row(csv -> csv.text("plain").text("a, b").text("say \"hi\"").text("two\nlines").text("cr\rlf")));
    }

    @Test
    void nullIsAnEmptyCell() throws IOException {
        assertEquals(",x,\r\n", row(csv -> csv.value(null).value("x").text(null)));
    }

    @Test
    void freeTextThatCouldBeAFormulaGetsAnApostrophe() throws IOException {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,ok=1\r\n",
                row(csv -> csv.text("=HYPERLINK(\"http://x\")").text("+1").text("-2").text("@SUM(A1)").text("\tx")
                        .text("ok=1")));
    }

    @Test
    void valuesWeProduceKeepTheirLeadingPlus() throws IOException {
        assertEquals("+12015550123,42,OPT_OUT\r\n",
                row(csv -> csv.value("+12015550123").value(42L).value("OPT_OUT")));
    }
}
