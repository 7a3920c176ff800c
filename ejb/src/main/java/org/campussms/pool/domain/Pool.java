package org.campussms.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.campussms.platform.DomainException;
import org.campussms.platform.persistence.RoutingDataListener;

@Entity
@EntityListeners(RoutingDataListener.class)
@Table(name = "pool")
@NamedQuery(name = Pool.FIND_ALL, query = "select p from Pool p order by p.name")
@NamedQuery(name = Pool.FIND_BY_NAME, query = "select p from Pool p where p.name = :name")
@NamedQuery(name = Pool.FIND_BY_MEMBER, query = "select m.pool from PoolMember m "
        + "where m.staffUser.id = :staffUserId order by m.pool.name")
public class Pool {

    /** One business day of working hours (08:00 to 17:00). */
    public static final int DEFAULT_UNANSWERED_ALERT_HOURS = 9;
    public static final int MAX_UNANSWERED_ALERT_HOURS = 90;

    public static final String FIND_ALL = "Pool.findAll";
    public static final String FIND_BY_MEMBER = "Pool.findByMember";
    public static final String FIND_BY_NAME = "Pool.findByName";
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_FOOTER_LENGTH = 300;
    public static final int DEFAULT_FOOTER_INTERVAL_DAYS = 182;
    /** The longest footer interval a pool admin may set; longer ones are an institution admin's decision. */
    public static final int MAX_POOL_ADMIN_FOOTER_INTERVAL_DAYS = 182;
    private static final Pattern STOP_WORD = Pattern.compile("\\bSTOP\\b", Pattern.CASE_INSENSITIVE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** Null: the standard footer naming the pool. */
    @Column(name = "footer_text", length = MAX_FOOTER_LENGTH)
    private String footerText;

    @Column(name = "footer_interval_days", nullable = false)
    private int footerIntervalDays = DEFAULT_FOOTER_INTERVAL_DAYS;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "send_window_start", nullable = false)
    private LocalTime sendWindowStart = SendingWindow.DEFAULT.start();

    @Column(name = "send_window_end", nullable = false)
    private LocalTime sendWindowEnd = SendingWindow.DEFAULT.end();

    @Column(name = "unanswered_alert_hours")
    private Integer unansweredAlertHours = DEFAULT_UNANSWERED_ALERT_HOURS;

    @Column(name = "assign_on_answer", nullable = false)
    private boolean assignOnAnswer = true;

    protected Pool() {
    }

    public Pool(String name, Instant now) {
        rename(name);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid("A pool name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
    }

    /**
     * Sets the compliance footer: {@code text} null or blank means the standard one; the footer is sent again once
     * {@code intervalDays} have passed since the last one to the same recipient. A footer of the pool's own must
     * still tell recipients how to opt out, with the word STOP: it is what carriers and the law ask of us.
     */
    public void changeFooter(String text, int intervalDays) {
        if (text != null && text.strip().length() > MAX_FOOTER_LENGTH) {
            throw DomainException.invalid("A footer has at most " + MAX_FOOTER_LENGTH + " characters");
        }
        if (text != null && !text.isBlank() && !STOP_WORD.matcher(text).find()) {
            throw DomainException.invalid("A footer keeps an opt-out instruction with the word STOP, e.g. "
                    + "\"Reply STOP to opt out\"");
        }
        if (intervalDays < 1 || intervalDays > 3660) {
            throw DomainException.invalid("The footer interval is 1 to 3660 days");
        }
        this.footerText = text == null || text.isBlank() ? null : text.strip();
        this.footerIntervalDays = intervalDays;
    }

    /** The footer as recipients see it. */
    public String footer() {
        return footerText != null ? footerText
                : "Reply HELP for help, STOP to stop texts from " + name + ", STOPALL to stop all texts.";
    }

    public boolean hasCustomFooter() {
        return footerText != null;
    }

    /** After how many working hours its members are emailed about an unanswered reply; empty: never. */
    public Optional<Integer> unansweredAlertHours() {
        return Optional.ofNullable(unansweredAlertHours);
    }

    public void changeUnansweredAlertHours(Integer hours) {
        if (hours != null && (hours < 1 || hours > MAX_UNANSWERED_ALERT_HOURS)) {
            throw DomainException.invalid("An unanswered reply alert comes after 1 to " + MAX_UNANSWERED_ALERT_HOURS
                    + " working hours, or never (null)");
        }
        this.unansweredAlertHours = hours;
    }

    /** Whether a member's text to an unassigned conversation of the pool assigns it to them. */
    public boolean assignsOnAnswer() {
        return assignOnAnswer;
    }

    public void changeAssignOnAnswer(boolean assign) {
        this.assignOnAnswer = assign;
    }

    /** When the pool's bulk sends may text, in each recipient's time zone. */
    public SendingWindow sendingWindow() {
        return new SendingWindow(sendWindowStart, sendWindowEnd);
    }

    public void changeSendingWindow(SendingWindow window) {
        this.sendWindowStart = window.start();
        this.sendWindowEnd = window.end();
    }

    public int getFooterIntervalDays() {
        return footerIntervalDays;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
