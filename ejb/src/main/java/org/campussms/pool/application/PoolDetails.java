package org.campussms.pool.application;

import java.util.List;
import org.campussms.pool.domain.PoolAccess;
import org.campussms.pool.domain.SenderKind;

/**
 * Everything about one pool that its members may see. {@code access} is the caller's, null once they left it;
 * {@code assignOnAnswer}: a member's text to an unassigned conversation assigns it to them.
 */
public record PoolDetails(long id, String name, PoolAccess access, String footer, boolean customFooter,
        int footerIntervalDays, String sendingWindow, Integer unansweredAlertHours, boolean assignOnAnswer,
        List<Member> members,
        List<Sender> numbers) {

    public record Member(long staffUserId, String name, String email, PoolAccess access) {
    }

    public record Sender(String number, SenderKind kind, int segmentsPerSecond) {
    }
}
