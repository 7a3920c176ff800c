package org.campussms.conversation.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.StatusReport;

/**
 * The texts on their way to the carrier, as delivery hands them off, confirms them and recovers the stranded:
 * locks and leases, the hand-off state, the carrier's sids and status reports.
 */
public interface OutboundTexts {

    /** A handed-off text whose final status has not come: its id and the carrier's sid. */
    record Unconfirmed(long id, String sid) {
    }

    Optional<OutboundMessage> find(long id);

    /** These messages (those that exist), not locked. */
    List<OutboundMessage> findAll(Collection<Long> ids);

    /** These messages (those that exist), locked for the rest of the transaction, in id order. */
    List<OutboundMessage> lockAll(Collection<Long> ids);

    /**
     * Writes the hand-off state these locked messages now hold (status, sender, attempts, error, due, last update) in
     * one statement, and detaches them: the transaction's flush does not write them again. For a claim, where the flush
     * would update the messages one statement each, the largest cost of a bulk send's hand-off.
     */
    void saveHandOffStateAndDetach(Collection<OutboundMessage> locked);

    /**
     * Records the carriers' sids of handed-off messages (by message id), the hot path of sending: one statement to
     * lock those still without a sid, one to write them, however many messages. A message whose row a status
     * callback holds is skipped, not waited for (waiting for them made this the costliest statement of a bulk send):
     * the callback carries the sid and records it itself.
     */
    void recordCarrierSids(Map<Long, String> sids, Instant now);

    /**
     * Applies carrier status reports (status callbacks) in their order: two statements however many, one to lock
     * their messages (in id order, as every other locker of outbound messages does), one to write those that
     * changed. A report applies to the message with its id whose sid is the report's (or not yet known), and only
     * when it moves the status forward ({@link StatusReport.Target}). Plain JDBC on the transaction's connection:
     * two or three reports arrive per text sent, and one statement each took a third of the database's time.
     *
     * @return what each report did, in the order given
     */
    List<StatusReport.Outcome> applyStatusReports(List<StatusReport> reports, Instant now);

    /**
     * Texts queued and not handed off since before {@code staleBefore} (their queue entry lost in a crash), locked
     * for the rest of the transaction; rows another server's reconciler holds are skipped. Texts waiting for their
     * personal number to be bought are not among them: they wait for the purchase.
     */
    List<Long> lockStaleQueued(Instant staleBefore, int limit);

    /**
     * Texts claimed for a hand-off since before {@code staleBefore} that have no carrier sid (the carrier's answer
     * never came, or the server stopped during the call), locked as {@link #lockStaleQueued} does.
     */
    List<OutboundMessage> lockUnanswered(Instant staleBefore, int limit);

    /**
     * Texts the carrier took (they have its sid) created after {@code createdAfter} whose status has not moved since
     * before {@code staleBefore}: the carrier's callbacks were lost (our server was down when it posted them). They
     * are leased: marked updated now, so no reconciler takes them again before they are stale once more.
     */
    List<Unconfirmed> leaseUnconfirmed(Instant staleBefore, Instant createdAfter, int limit, Instant now);

    /** These locked texts were queued again at {@code now}: due at once, and not stale for a while. */
    void requeued(Collection<Long> ids, Instant now);

    /** The ids of the texts still queued to go from this sender number (a personal number being bought). */
    List<Long> queuedFrom(long senderNumberId);

    /** Which of these carrier sids already belong to a message of ours. */
    Set<String> knownSids(Collection<String> sids);
}
