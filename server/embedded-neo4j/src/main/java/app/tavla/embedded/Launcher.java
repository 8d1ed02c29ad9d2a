package app.tavla.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * <p>Configuration comes from the environment so the Node side never puts a secret on a command
 * line: TAVLA_NEO4J_DIR (store), TAVLA_NEO4J_PORT (Bolt port), TAVLA_NEO4J_PASSWORD (password of
 * the neo4j user, set at every start), TAVLA_NEO4J_PAGECACHE (e.g. 256m).
 *
 * <p>Protocol with the parent: one line "TAVLA_NEO4J_READY" on stdout once Bolt accepts
 * connections; the process shuts Neo4j down cleanly on SIGINT/SIGTERM and also when its stdin
 * closes, so a parent that dies (even by kill -9) never leaves an orphan holding the store lock.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(require("TAVLA_NEO4J_DIR")).toAbsolutePath();
    int port = Integer.parseInt(require("TAVLA_NEO4J_PORT"));
    String password = require("TAVLA_NEO4J_PASSWORD");
    if (password.length() < 8) {
      fail("TAVLA_NEO4J_PASSWORD must have at least 8 characters");
    }
    long pagecache = parseBytes(System.getenv().getOrDefault("TAVLA_NEO4J_PAGECACHE", "256m"));

    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, bolt)
              .setConfig(BoltConnector.advertised_address, bolt)
              .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
              .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
              // A plan is replanned at most hourly (default: every 10 s once the statistics have
              // moved, which the growing access log does all day). Replanning the board query
              // took 0.6-1.4 s on a small machine, a stall in the middle of a meeting; Tavla's
              // queries start from ids, so a fresher plan gains nothing.
              .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
              // Stopping took 10 s after the databases were already shut down: Netty waits 5 s
              // of quiet on each of the two Bolt connectors (this one and the local one) before
              // closing them, for requests that can no longer be served anyway.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .build();
    } catch (RuntimeException e) {
      fail("Neo4j could not start: " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "tavla-neo4j-shutdown"));

    // Anything failing from here on must end the process (the shutdown hook stops Neo4j), or it
    // would sit there without ever saying ready until the parent's timeout.
    try {
      setPassword(dbms, password);
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    } catch (RuntimeException e) {
      fail("Neo4j could not start: " + rootMessage(e));
      return;
    }
    System.out.println("TAVLA_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "tavla-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }

  /**
   * The password is set on every start: it lives only in the parent's memory, never on disk. A
   * parent restarting the same store may keep it (so its clients reconnect), but Neo4j refuses to
   * "change" a password to itself: going through a random one first makes any value work.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    String alter = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";
    String interim = UUID.randomUUID().toString();
    system.executeTransactionally(alter, Map.of("password", interim));
    system.executeTransactionally(alter, Map.of("password", password));
  }

  private static void exitWhenStdinCloses() {
    InputStream in = System.in;
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // The parent writes nothing; any bytes are ignored.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, same as EOF.
    }
    System.exit(0);
  }

  private static String require(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      fail(name + " is not set");
    }
    return v;
  }

  private static long parseBytes(String s) {
    String v = s.trim().toLowerCase();
    long mult = 1;
    if (v.endsWith("g")) {
      mult = ByteUnit.gibiBytes(1);
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      mult = ByteUnit.mebiBytes(1);
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("k")) {
      mult = ByteUnit.kibiBytes(1);
      v = v.substring(0, v.length() - 1);
    }
    return Long.parseLong(v) * mult;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void fail(String message) {
    System.err.println("TAVLA_NEO4J_ERROR " + message);
    System.exit(2);
  }
}
