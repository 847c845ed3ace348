// Starts a real Neo4j 5.26 Community in this JVM and opens Bolt on 127.0.0.1.
// Compiled once into .neo4j/state/launcher-<hash>/ and run by src/neo4j-embedded/embeddedNeo4j.ts (or, without javac,
// run as a single-file source program, `Launcher.java` in place of `Launcher`):
//   java <flags> -cp <classpath>:<launcher folder> Launcher <home> <port> <importDir> <pagecacheMb>
// Prints "NEO4J_READY <port>" once the default database answers, and shuts down cleanly when its
// standard input closes (its parent exited, however it exited) or on SIGTERM / SIGINT.
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Launcher <home> <port> <importDir> <pagecacheMb>");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path importDir = Path.of(args[2]).toAbsolutePath();
        long pagecacheBytes = Long.parseLong(args[3]) * 1024L * 1024L;
        Files.createDirectories(home);
        Files.createDirectories(importDir);

        SocketAddress address = new SocketAddress("127.0.0.1", port);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecacheBytes)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Connections are closed by the time we stop: do not wait 5 s twice for them.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200));
        // Further settings from a neo4j.conf-style file named by NEO4J_EMBEDDED_CONF (the tests' instance uses one).
        String conf = System.getenv("NEO4J_EMBEDDED_CONF");
        if (conf != null && !conf.isEmpty()) builder.loadPropertiesFromFile(Path.of(conf));
        DatabaseManagementService dbms = builder.build();

        Thread stopper = new Thread(() -> shutdown(dbms));
        Runtime.getRuntime().addShutdownHook(stopper);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            System.err.println("NEO4J_FAILED the default database did not become available");
            System.exit(70);
        }
        System.out.println("NEO4J_READY " + port);
        System.out.flush();

        // The parent holds our standard input open; end of input means it is gone.
        while (System.in.read() != -1) {
            // discard
        }
        System.exit(0);
    }

    private static synchronized void shutdown(DatabaseManagementService dbms) {
        try {
            dbms.shutdown();
        } catch (Throwable t) {
            System.err.println("NEO4J_SHUTDOWN_ERROR " + t);
        }
    }
}
