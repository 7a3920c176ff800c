package org.campussms.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.persistence.RoutingDataListener;

@Entity
@EntityListeners(RoutingDataListener.class)
@Table(name = "pool_member")
@NamedQuery(name = PoolMember.FIND, query = "select m from PoolMember m "
        + "where m.pool.id = :poolId and m.staffUser.id = :staffUserId")
@NamedQuery(name = PoolMember.FIND_BY_POOL, query = "select m from PoolMember m join fetch m.staffUser "
        + "where m.pool.id = :poolId order by m.staffUser.displayName")
public class PoolMember {

    public static final String FIND = "PoolMember.find";
    public static final String FIND_BY_POOL = "PoolMember.findByPool";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id", nullable = false, updatable = false)
    private Pool pool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_user_id", nullable = false, updatable = false)
    private StaffUser staffUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PoolAccess access;

    protected PoolMember() {
    }

    public PoolMember(Pool pool, StaffUser staffUser, PoolAccess access) {
        this.pool = Objects.requireNonNull(pool);
        this.staffUser = Objects.requireNonNull(staffUser);
        this.access = Objects.requireNonNull(access);
    }

    public void changeAccess(PoolAccess newAccess) {
        this.access = Objects.requireNonNull(newAccess);
    }

    public Pool getPool() {
        return pool;
    }

    public StaffUser getStaffUser() {
        return staffUser;
    }

    public PoolAccess getAccess() {
        return access;
    }
}
