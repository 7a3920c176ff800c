package org.campussms.operations.application;

import java.util.Map;

/**
 * Whether the server can do its work, check by check (true: passes).
 */
public record Readiness(Map<String, Boolean> checks) {

    public Readiness {
        checks = Map.copyOf(checks);
    }

    public boolean ready() {
        return checks.values().stream().allMatch(Boolean::booleanValue);
    }
}
