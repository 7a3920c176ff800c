package org.campussms.live.application;

/**
 * A change one server's live feed passes to the others' (through the LiveChanges topic), so that a listener
 * connected to any server hears of what was committed on any other: an event for their listeners, or a user's
 * access to a pool that changed, which ends that user's listeners everywhere.
 */
public sealed interface LiveChange {

    /** The live feed that committed it: a server ignores its own, which it delivered already. */
    String origin();

    record Event(String origin, LiveEvent event) implements LiveChange {
    }

    record AccessChanged(String origin, long staffUserId, long poolId) implements LiveChange {
    }
}
