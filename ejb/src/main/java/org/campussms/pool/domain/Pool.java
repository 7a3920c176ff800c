package org.campussms.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "pool")
@NamedQuery(name = Pool.FIND_ALL, query = "select p from Pool p order by p.name")
@NamedQuery(name = Pool.FIND_BY_MEMBER, query = "select m.pool from PoolMember m "
        + "where m.staffUser.id = :staffUserId order by m.pool.name")
public class Pool {

    public static final String FIND_ALL = "Pool.findAll";
    public static final String FIND_BY_MEMBER = "Pool.findByMember";
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Pool() {
    }

    public Pool(String name, Instant now) {
        rename(name);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A pool name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
