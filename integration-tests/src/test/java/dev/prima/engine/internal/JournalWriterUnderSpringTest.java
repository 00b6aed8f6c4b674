package dev.prima.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under Spring the engine's connection is a transaction-aware proxy over a pooled connection, a new
 * proxy per command. The journal's prepared inserts are kept per physical connection, so the writer
 * must find that connection under both proxies, or it would prepare its inserts anew in every
 * command.
 */
class JournalWriterUnderSpringTest {

  @Test
  void findsThePooledPhysicalConnectionUnderSpringsTransactionAwareProxy() {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:mem:writer-spring;DB_CLOSE_DELAY=-1");
    pool.setMaximumPoolSize(1);
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      TransactionAwareDataSourceProxy engineDataSource =
          new TransactionAwareDataSourceProxy(dataSource);
      TransactionTemplate transaction =
          new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      List<Connection> physical = new ArrayList<>();
      for (int command = 0; command < 2; command++) {
        transaction.executeWithoutResult(
            status -> {
              try (Connection connection = engineDataSource.getConnection()) {
                physical.add(JournalWriter.physicalOf(connection));
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
      }

      assertThat(physical.get(0)).isInstanceOf(JdbcConnection.class);
      assertThat(physical.get(1)).isSameAs(physical.get(0));
    }
  }
}
