package org.campussms.bench;

import java.util.List;

/**
 * One fault case's outcome: what was injected, texts sent, lost and duplicated, replies answered and stored, and how
 * long recovery took.
 */
record FaultRow(String name, String injected, int recipients, int texted, int lost, int duplicated, String replies,
        double recoverySeconds, boolean passed, String note) {

    /**
     * Prints the rows as a Markdown table under {@code title}.
     *
     * @return whether every case passed
     */
    static boolean printTable(String title, List<FaultRow> rows) {
        System.out.println();
        System.out.println(title);
        System.out.printf("| case | injected | recipients | texted once | lost | duplicated | replies | recovered in | "
                + "result |%n|---|---|---|---|---|---|---|---|---|%n");
        boolean all = true;
        for (FaultRow row : rows) {
            System.out.printf("| %s | %s | %d | %d | %d | %d | %s | %.1f s | %s%s |%n", row.name(), row.injected(),
                    row.recipients(), row.texted(), row.lost(), row.duplicated(), row.replies(),
                    row.recoverySeconds(), row.passed() ? "PASS" : "FAIL",
                    row.note().isEmpty() ? "" : " (" + row.note() + ")");
            all &= row.passed();
        }
        return all;
    }
}
