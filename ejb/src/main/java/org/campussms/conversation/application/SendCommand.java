package org.campussms.conversation.application;

import org.campussms.directory.domain.RecordType;

/**
 * Text a person from a pool ({@code poolId}) or from the caller's personal number ({@code poolId} null).
 * {@code recordType} says which of the person's records (and so which mobile) to text; it may be left out when all
 * their records share one mobile.
 */
public record SendCommand(Long poolId, long personId, RecordType recordType, String body) {

    public boolean personal() {
        return poolId == null;
    }
}
