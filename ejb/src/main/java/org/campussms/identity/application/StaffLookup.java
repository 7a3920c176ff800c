package org.campussms.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campussms.identity.domain.StaffUser;

/**
 * What other contexts read of staff users: one by id, several by id, or a search by name or email.
 */
public interface StaffLookup {

    Optional<StaffUser> find(long id);

    /** The staff users with these ids, in one query. */
    List<StaffUser> findAll(Collection<Long> ids);

    /**
     * Staff whose name (any word of it) or email starts with the text, case-insensitive by the columns' collation,
     * by name.
     */
    List<StaffUser> search(String text, int limit);
}
