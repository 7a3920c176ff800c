package org.campussms.consent.domain;

import java.util.Objects;
import org.campussms.platform.DomainException;

/**
 * What a consent applies to: all texts from the institution, one pool, or one staff user's personal number.
 *
 * @param poolId         the pool, for {@link Kind#POOL} only
 * @param senderNumberId the personal number (a sender number id), for {@link Kind#PERSONAL_NUMBER} only
 */
public record ConsentScope(Kind kind, Long poolId, Long senderNumberId) {

    public enum Kind { ALL, POOL, PERSONAL_NUMBER }

    private static final ConsentScope ALL = new ConsentScope(Kind.ALL, null, null);

    public ConsentScope {
        Objects.requireNonNull(kind, "kind");
        if (!matches(kind, poolId, senderNumberId)) {
            throw new IllegalArgumentException("A " + kind + " scope with pool " + poolId + " and sender number "
                    + senderNumberId);
        }
    }

    public static ConsentScope all() {
        return ALL;
    }

    public static ConsentScope pool(long poolId) {
        return new ConsentScope(Kind.POOL, poolId, null);
    }

    public static ConsentScope personalNumber(long senderNumberId) {
        return new ConsentScope(Kind.PERSONAL_NUMBER, null, senderNumberId);
    }

    /** A scope as a client described it; a missing or superfluous id is refused as invalid input. */
    public static ConsentScope of(Kind kind, Long poolId, Long senderNumberId) {
        if (kind == null || !matches(kind, poolId, senderNumberId)) {
            throw DomainException.invalid("A scope is ALL (no ids), POOL (with a pool id only) or PERSONAL_NUMBER "
                    + "(with a sender number id only)");
        }
        return kind == Kind.ALL ? ALL : new ConsentScope(kind, poolId, senderNumberId);
    }

    /** The scope stored as its kind and the id it refers to (0 for ALL). */
    public static ConsentScope of(Kind kind, long ref) {
        return switch (kind) {
            case ALL -> ALL;
            case POOL -> pool(ref);
            case PERSONAL_NUMBER -> personalNumber(ref);
        };
    }

    /** The id this scope refers to, 0 for ALL. */
    public long ref() {
        return switch (kind) {
            case ALL -> 0;
            case POOL -> poolId;
            case PERSONAL_NUMBER -> senderNumberId;
        };
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    private static boolean matches(Kind kind, Long poolId, Long senderNumberId) {
        return switch (kind) {
            case ALL -> poolId == null && senderNumberId == null;
            case POOL -> poolId != null && senderNumberId == null;
            case PERSONAL_NUMBER -> poolId == null && senderNumberId != null;
        };
    }

    @Override
    public String toString() {
        return isAll() ? "ALL" : kind + " " + ref();
    }
}
