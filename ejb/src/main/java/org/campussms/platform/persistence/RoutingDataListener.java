package org.campussms.platform.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link RoutingDataChanges} when an entity inbound routing reads is written: on the person, phone, pool, pool
 * member and sender number entities.
 */
public class RoutingDataListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        CDI.current().select(RoutingDataChanges.class).get().changing();
    }
}
