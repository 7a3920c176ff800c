package org.campussms.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A refused request: the transaction rolls back, nothing changes, and the caller gets the problem and a message
 * meant for people. Never used for bugs or outages.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final Problem problem;

    public DomainException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Problem.FORBIDDEN, message);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Problem.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static DomainException invalid(String message) {
        return new DomainException(Problem.INVALID_INPUT, message);
    }

    public Problem problem() {
        return problem;
    }
}
