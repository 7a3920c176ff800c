package org.campussms.api.graphql;

import io.smallrye.graphql.api.ErrorCode;
import org.campussms.platform.DomainException;

/**
 * A refused operation as the client sees it: the message, and a code in {@code extensions.code}.
 * One subclass per code, because SmallRye reads the code from the class's {@link ErrorCode}.
 * Listed in microprofile-config.properties so the message is shown rather than "System error".
 */
public abstract class ApiError extends RuntimeException {

    protected ApiError(String message) {
        super(message, null, false, false);
    }

    static ApiError of(DomainException e) {
        return switch (e.problem()) {
            case FORBIDDEN -> new Forbidden(e.getMessage());
            case NOT_FOUND -> new NotFound(e.getMessage());
            case INVALID_PHONE -> new InvalidPhone(e.getMessage());
            case INVALID_INPUT -> new InvalidInput(e.getMessage());
            case CONFLICT -> new Conflict(e.getMessage());
            case OPTED_OUT -> new OptedOut(e.getMessage());
        };
    }

    /** The call came without a sign-in the server accepts. */
    @ErrorCode("UNAUTHENTICATED")
    public static class Unauthenticated extends ApiError {
        public Unauthenticated(String message) {
            super(message);
        }
    }

    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends ApiError {
        public Forbidden(String message) {
            super(message);
        }
    }

    @ErrorCode("NOT_FOUND")
    public static class NotFound extends ApiError {
        public NotFound(String message) {
            super(message);
        }
    }

    @ErrorCode("INVALID_PHONE")
    public static class InvalidPhone extends ApiError {
        public InvalidPhone(String message) {
            super(message);
        }
    }

    @ErrorCode("INVALID_INPUT")
    public static class InvalidInput extends ApiError {
        public InvalidInput(String message) {
            super(message);
        }
    }

    @ErrorCode("CONFLICT")
    public static class Conflict extends ApiError {
        public Conflict(String message) {
            super(message);
        }
    }

    @ErrorCode("OPTED_OUT")
    public static class OptedOut extends ApiError {
        public OptedOut(String message) {
            super(message);
        }
    }

    /** A live subscription ended because the sign-in or access it was opened under did: open it again. */
    @ErrorCode("SUBSCRIBE_AGAIN")
    public static class SubscribeAgain extends ApiError {
        public SubscribeAgain(String message) {
            super(message);
        }
    }
}
