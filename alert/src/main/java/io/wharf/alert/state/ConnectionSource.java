package io.wharf.alert.state;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to the database the store writes (app passes the store's Database::connect). */
@FunctionalInterface
public interface ConnectionSource {
    Connection connect() throws SQLException;
}
