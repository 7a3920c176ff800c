package org.campussms.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campussms.identity.domain.StaffUser;
import org.campussms.identity.infrastructure.StaffUserRepository;
import org.campussms.platform.DomainException;
import org.campussms.platform.Settings;

/**
 * Turns the container's authenticated caller into a staff user, creating it on first sign-in.
 * Other services ask this one who is calling; nobody takes the caller's identity from a parameter. Where the container
 * knows no caller, a request may act for a staff user its web layer vouched for ({@link DelegatedCaller}: a download
 * link's single-use ticket); the methods that answer for it check themselves instead of by annotation.
 */
@Stateless
@DeclareRoles({Roles.STAFF, Roles.ADMIN})
@RolesAllowed(Roles.STAFF)
public class IdentityService {

    @Resource
    private SessionContext session;

    @Inject
    private StaffUserRepository users;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private Instance<DelegatedCaller> delegated;

    /**
     * Records the caller's sign-in with the profile claims of their verified token: creates the staff user the first
     * time, refreshes name and email afterwards. The API calls this at the start of every request.
     */
    public StaffProfile signIn(String displayName, String email) {
        String subject = callerSubject();
        StaffUser user = users.findByIdentity(settings.oidcIssuer(), subject)
                .map(existing -> {
                    existing.signedIn(displayName, email, clock.instant());
                    return existing;
                })
                .orElseGet(() -> users.add(
                        new StaffUser(settings.oidcIssuer(), subject, displayName, email, clock.instant())));
        return profileOf(user);
    }

    /** The caller as the API shows them. */
    public StaffProfile currentProfile() {
        return profileOf(caller());
    }

    /** The calling staff user; a caller who never signed in has no access to anything. */
    @PermitAll
    public StaffUser caller() {
        Optional<DelegatedCaller.Holder> delegated = delegation();
        if (delegated.isPresent()) {
            return users.find(delegated.get().staffUserId())
                    .orElseThrow(() -> new EJBAccessException("The delegated staff user is gone"));
        }
        return users.findByIdentity(settings.oidcIssuer(), staffSubject())
                .orElseThrow(() -> new EJBAccessException("The caller has not signed in"));
    }

    /** The calling staff user's id, empty for a caller who never signed in through the API (a CSV import). */
    public Optional<Long> callerId() {
        return users.findByIdentity(settings.oidcIssuer(), callerSubject()).map(StaffUser::getId);
    }

    @PermitAll
    public boolean callerIsInstitutionAdmin() {
        Optional<DelegatedCaller.Holder> delegated = delegation();
        if (delegated.isPresent()) {
            return delegated.get().institutionAdmin();
        }
        staffSubject();
        return session.isCallerInRole(Roles.ADMIN);
    }

    public void requireInstitutionAdmin() {
        if (!callerIsInstitutionAdmin()) {
            throw DomainException.forbidden("Only institution admins may do this");
        }
    }

    /** The delegation of this request, only where the container knows no caller. */
    private Optional<DelegatedCaller.Holder> delegation() {
        Principal principal = session.getCallerPrincipal();
        if (principal != null && !"anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        try {
            return delegated.get().holder();
        } catch (ContextNotActiveException e) {
            // No request (a queue consumer, a timer): nobody was vouched for.
            return Optional.empty();
        }
    }

    /** The container caller's subject, if they are staff (what {@code @RolesAllowed(STAFF)} checks elsewhere). */
    private String staffSubject() {
        String subject = callerSubject();
        if (!session.isCallerInRole(Roles.STAFF)) {
            throw new EJBAccessException("The caller is not staff");
        }
        return subject;
    }

    private String callerSubject() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new EJBAccessException("No authenticated caller");
        }
        return principal.getName();
    }

    private StaffProfile profileOf(StaffUser user) {
        List<String> roles = new ArrayList<>(2);
        for (String role : List.of(Roles.STAFF, Roles.ADMIN)) {
            if (session.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        return new StaffProfile(user.getId(), user.getSubject(), user.getDisplayName(), user.getEmail(),
                List.copyOf(roles));
    }
}
