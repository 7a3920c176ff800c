package org.campussms.report.application;

import java.io.IOException;

/**
 * Where an export writes its rows, one at a time while they are read. {@link #begin()} comes once the filter and the
 * caller's access are checked and before the first row, so a refused export has written nothing.
 */
public interface RowSink<T> {

    void begin() throws IOException;

    void accept(T row) throws IOException;
}
