package org.campussms.directory.application;

/**
 * What an import did: people created, people already known (updated where anything differed).
 */
public record ImportResult(int created, int updated) {
}
