package app.pos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh, empty database for each run, so every run starts from the same place. */
final class PostgresDatabase {

    private PostgresDatabase() {
    }

    static void recreate(BenchOptions options) {
        String name = options.dbName();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("--db-name must be a plain lower-case identifier, not '" + name + "'");
        }
        String url = "jdbc:postgresql://" + options.dbHost() + ":" + options.dbPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, options.dbUser(), options.dbPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + name + " at " + url + ": " + e.getMessage(), e);
        }
    }
}
