package org.campussms.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cases of a fault suite run ({@code -Dfaults.only=F1,F6}: those; otherwise all) and whether shortened
 * ({@code -Dfaults.quick=true}).
 */
record FaultSelection(Set<String> only, boolean quick) {

    static FaultSelection fromSystemProperties() {
        Set<String> only = Arrays.stream(System.getProperty("faults.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new FaultSelection(only, Boolean.getBoolean("faults.quick"));
    }

    /** Whether a case known by any of these names runs. */
    boolean runs(String... names) {
        return only.isEmpty() || Arrays.stream(names).anyMatch(only::contains);
    }

    /** " (quick)" when shortened, for a table's title. */
    String suffix() {
        return quick ? " (quick)" : "";
    }
}
