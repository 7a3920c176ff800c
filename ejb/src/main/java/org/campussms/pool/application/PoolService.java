package org.campussms.pool.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.platform.Settings;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolAccess;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderKind;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.domain.SendingWindow;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Pools, their members, numbers and footer. Access is checked here for every operation.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class PoolService {

    public static final int MAX_STAFF_RESULTS = 50;

    @Inject
    private Event<MembershipChanged> membershipChanged;

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy access;

    @Inject
    private PoolRepository pools;

    @Inject
    private StaffLookup users;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** The pools the caller may send from: all of them for an institution admin, else their memberships. */
    public List<PoolDetails> poolsForCaller() {
        List<Pool> visible = identity.callerIsInstitutionAdmin()
                ? pools.findAll()
                : pools.findByMember(identity.caller().getId());
        return visible.stream().map(this::details).toList();
    }

    /**
     * Staff whose name or email starts with the text, to add to a pool: for pool admins and institution admins,
     * who are the ones who add members.
     */
    public List<StaffEntry> searchStaff(String text, int limit) {
        if (text == null || text.isBlank() || limit < 1 || limit > MAX_STAFF_RESULTS) {
            throw DomainException.invalid("Search for a name or email, 1 to " + MAX_STAFF_RESULTS + " results");
        }
        if (!identity.callerIsInstitutionAdmin() && !pools.administersAnyPool(identity.caller().getId())) {
            throw DomainException.forbidden("Only pool admins and institution admins look up staff");
        }
        return users.search(text, limit).stream()
                .map(u -> new StaffEntry(u.getId(), u.getDisplayName(), u.getEmail())).toList();
    }

    public PoolDetails pool(long poolId) {
        return details(access.requireMember(poolId));
    }

    public PoolDetails createPool(String name) {
        identity.requireInstitutionAdmin();
        Pool pool = new Pool(name, clock.instant());
        pool.changeSendingWindow(SendingWindow.parse(settings.defaultSendingWindow()));
        if (pools.findByName(pool.getName()).isPresent()) {
            throw new DomainException(Problem.CONFLICT, "A pool named " + pool.getName() + " exists already");
        }
        return details(pools.add(pool));
    }

    /** Adds the staff user to the pool, or changes their access if they are a member already. */
    public PoolDetails setMember(long poolId, long staffUserId, PoolAccess memberAccess) {
        Pool pool = access.requireAdmin(poolId);
        StaffUser user = users.find(staffUserId)
                .orElseThrow(() -> DomainException.notFound("Staff user", staffUserId));
        pools.findMember(poolId, staffUserId).ifPresentOrElse(
                member -> member.changeAccess(memberAccess),
                () -> pools.addMember(new PoolMember(pool, user, memberAccess)));
        membershipChanged.fire(new MembershipChanged(poolId, staffUserId));
        return details(pool);
    }

    public PoolDetails removeMember(long poolId, long staffUserId) {
        Pool pool = access.requireAdmin(poolId);
        PoolMember member = pools.findMember(poolId, staffUserId)
                .orElseThrow(() -> DomainException.notFound("Member", staffUserId));
        pools.removeMember(member);
        membershipChanged.fire(new MembershipChanged(poolId, staffUserId));
        return details(pool);
    }

    public PoolDetails addNumber(long poolId, String number, SenderKind kind, Integer segmentsPerSecond) {
        Pool pool = access.requireAdmin(poolId);
        PhoneNumber phone = PhoneNumber.parse(number, settings.defaultPhoneRegion());
        if (pools.findSender(phone).isPresent()) {
            throw new DomainException(Problem.CONFLICT, phone + " is already a sender number");
        }
        pools.addSender(SenderNumber.ofPool(pool, phone, kind, segmentsPerSecond, clock.instant()));
        return details(pool);
    }

    /**
     * When the pool's bulk sends may text, in each recipient's time zone ("08:00-21:00"). Pool admins, within
     * 08:00-21:00; a window opening earlier or closing later is for institution admins.
     */
    public PoolDetails changeSendingWindow(long poolId, String window) {
        Pool pool = access.requireAdmin(poolId);
        SendingWindow wanted = SendingWindow.parse(window);
        if (!wanted.within(SendingWindow.DEFAULT) && !identity.callerIsInstitutionAdmin()) {
            throw DomainException.forbidden("Only institution admins open a sending window beyond "
                    + SendingWindow.DEFAULT.text());
        }
        pool.changeSendingWindow(wanted);
        return details(pool);
    }

    /** After how many working hours members are emailed about an unanswered reply; null: never. Pool admins. */
    public PoolDetails changeUnansweredAlert(long poolId, Integer workingHours) {
        Pool pool = access.requireAdmin(poolId);
        pool.changeUnansweredAlertHours(workingHours);
        return details(pool);
    }

    /** Whether a member's text to an unassigned conversation assigns it to them. Pool admins. */
    public PoolDetails changeAssignOnAnswer(long poolId, boolean assign) {
        Pool pool = access.requireAdmin(poolId);
        pool.changeAssignOnAnswer(assign);
        return details(pool);
    }

    /**
     * The pool's footer and how often it is sent. Pool admins, with an interval of at most
     * {@value Pool#MAX_POOL_ADMIN_FOOTER_INTERVAL_DAYS} days (or the one an institution admin set); longer ones are
     * for institution admins: recipients must be reminded how to opt out.
     */
    public PoolDetails changeFooter(long poolId, String text, int intervalDays) {
        Pool pool = access.requireAdmin(poolId);
        if (intervalDays > Pool.MAX_POOL_ADMIN_FOOTER_INTERVAL_DAYS && intervalDays != pool.getFooterIntervalDays()
                && !identity.callerIsInstitutionAdmin()) {
            throw DomainException.forbidden("Only institution admins set a footer interval over "
                    + Pool.MAX_POOL_ADMIN_FOOTER_INTERVAL_DAYS + " days");
        }
        pool.changeFooter(text, intervalDays);
        return details(pool);
    }

    private PoolDetails details(Pool pool) {
        List<PoolDetails.Member> members = pools.members(pool.getId()).stream()
                .map(m -> new PoolDetails.Member(m.getStaffUser().getId(), m.getStaffUser().getDisplayName(),
                        m.getStaffUser().getEmail(), m.getAccess()))
                .toList();
        List<PoolDetails.Sender> numbers = pools.senderNumbers(pool.getId()).stream()
                .map(n -> new PoolDetails.Sender(n.getNumber().e164(), n.getKind(), n.getSegmentsPerSecond()))
                .toList();
        return new PoolDetails(pool.getId(), pool.getName(), access.callerAccess(pool).orElse(null),
                pool.footer(), pool.hasCustomFooter(), pool.getFooterIntervalDays(), pool.sendingWindow().text(),
                pool.unansweredAlertHours().orElse(null), pool.assignsOnAnswer(), members, numbers);
    }
}
