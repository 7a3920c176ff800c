package org.campussms.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the server log's last lines when an integration test fails: the console stays quiet while tests pass (the
 * server logs to a file), and a failure still shows what the server did.
 */
public class ServerLogOnFailure implements TestWatcher {

    private static final int LINES = 60;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String property = System.getProperty("it.server.log");
        if (property == null) {
            return;
        }
        Path log = Path.of(property);
        StringBuilder out = new StringBuilder("---- " + context.getDisplayName() + " failed; the last " + LINES
                + " lines of " + log + " ----\n");
        if (Files.isReadable(log)) {
            Deque<String> last = new ArrayDeque<>(LINES);
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.forEach(line -> {
                    if (last.size() == LINES) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                });
            } catch (IOException | UncheckedIOException e) {
                out.append("(cannot read it: ").append(e.getMessage()).append(")\n");
            }
            last.forEach(line -> out.append(line).append('\n'));
        } else {
            out.append("(no such file)\n");
        }
        System.err.print(out.append("---- end of ").append(log).append(" ----\n"));
    }
}
