package org.campussms.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.FIND_BY_IDENTITY,
        query = "select u from StaffUser u where u.issuer = :issuer and u.subject = :subject")
public class StaffUser {

    public static final String FIND_BY_IDENTITY = "StaffUser.findByIdentity";
    private static final Duration SIGN_IN_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected StaffUser() {
    }

    public StaffUser(String issuer, String subject, String displayName, String email, Instant now) {
        this.issuer = requireText(issuer, "issuer");
        this.subject = requireText(subject, "subject");
        this.createdAt = Objects.requireNonNull(now);
        signedIn(displayName, email, now);
    }

    /**
     * The SSO is the source of truth for name and email: every sign-in refreshes them. The sign-in time is kept to
     * the minute, so the many requests of one session do not each write the row.
     */
    public void signedIn(String displayName, String email, Instant now) {
        String name = displayName == null || displayName.isBlank() ? subject : displayName.strip();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (!name.equals(this.displayName)) {
            this.displayName = name;
        }
        if (!Objects.equals(mail, this.email)) {
            this.email = mail;
        }
        if (lastSignInAt == null || lastSignInAt.isBefore(now.minus(SIGN_IN_RESOLUTION))) {
            this.lastSignInAt = Objects.requireNonNull(now);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
