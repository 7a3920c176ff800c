package org.campussms.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;

/**
 * Plain JDBC in the caller's JTA transaction, for the statements where Hibernate's per-statement work was measured to
 * matter (bench/RESULTS.md): each call takes the connection the transaction enlisted (the pool hands the same one the
 * EntityManager uses) and closes its handle after. Outside a transaction, it is a connection in autocommit.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    /**
     * Runs statements on the transaction's connection.
     *
     * @param what what the statements do, for the exception: "store 12 inbound messages"
     */
    public <T> T sql(String what, Function<Sql, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(Sql.on(connection, what));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot " + what, e);
        }
    }

    /** Runs JDBC written by hand on the transaction's connection, for work {@link Sql}'s methods do not fit. */
    public <T> T call(String what, SqlWork<T> work) {
        return sql(what, sql -> sql.call(what, work));
    }

    /** One query on the transaction's connection: see {@link Sql#query(String, Sql.Binder, Sql.RowMapper)}. */
    public <T> List<T> query(String what, String sql, Sql.Binder binder, Sql.RowMapper<T> mapper) {
        return sql(what, db -> db.query(sql, binder, mapper));
    }

    /** One update on the transaction's connection: see {@link Sql#update(String, Sql.Binder)}. */
    public int update(String what, String sql, Sql.Binder binder) {
        return sql(what, db -> db.update(sql, binder));
    }
}
