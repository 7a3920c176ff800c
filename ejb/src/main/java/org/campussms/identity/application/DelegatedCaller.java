package org.campussms.identity.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * A staff user a request acts for without a container identity: a download link cannot carry a bearer token, so the
 * web layer redeems a single-use ticket the user obtained while signed in and sets it here for that request only.
 * {@link IdentityService} answers for them when the container knows no caller.
 */
@RequestScoped
public class DelegatedCaller {

    /** Who the request acts for. */
    public record Holder(long staffUserId, boolean institutionAdmin) {
    }

    private Holder holder;

    public void actFor(Holder holder) {
        this.holder = holder;
    }

    Optional<Holder> holder() {
        return Optional.ofNullable(holder);
    }
}
