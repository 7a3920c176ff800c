package org.campussms.platform.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands the repositories the container's transaction-scoped EntityManager of the "campus" unit.
 *
 * <p>Why an EJB: when CDI beans carry {@code @PersistenceContext} themselves, WildFly's Weld integration looks the
 * persistence unit's service up while it deploys the beans, and on a redeploy that lookup now and then ran before
 * the service existed ("service jboss.persistenceunit ... not found"). An EJB's injection is wired by the EE
 * deployment with a proper dependency on the unit, so it is always there.
 */
@Singleton
@PermitAll
// The producer only returns a thread-safe container proxy: no locking needed.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Persistence {

    /** Hibernate's query hint for entities the transaction only reads: no snapshot, never dirty-checked. */
    public static final String READ_ONLY_HINT = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "campus")
    private EntityManager entityManager;

    @Produces
    public EntityManager entityManager() {
        return entityManager;
    }
}
