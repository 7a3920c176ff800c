package org.campussms.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads a process's resident set size and its threads' CPU time from /proc on Linux.
 */
final class ProcStatus {

    /** USER_HZ, which Linux fixes at 100 on every architecture we run on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcStatus() {
    }

    static long residentKiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU time (user + system) in milliseconds the process {@code pid} has spent so far, or -1 when unknown. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time (user + system) in milliseconds spent so far by the threads of {@code pid} whose name starts with
     * {@code namePrefix} (the kernel keeps 15 characters of a thread name), or -1 when unknown.
     */
    static long threadCpuMillis(long pid, String namePrefix) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            long ticks = 0;
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(thread.resolve("comm")).strip();
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                if (name.startsWith(namePrefix)) {
                    // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            return -1;
        }
    }
}
