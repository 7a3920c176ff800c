package org.campussms.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;

/** Opens writers' own connections to the application's database, outside any JTA transaction. */
@ApplicationScoped
public class LocalTransactions {

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    /** @param purpose what the connection writes, for the log */
    public NonJtaConnection open(String purpose) {
        return new NonJtaConnection(dataSource, purpose);
    }
}
