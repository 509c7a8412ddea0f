package com.allyway.shared.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server with its H2 MVStore backend) bound to a free
 * loopback port. The application talks to it through the ordinary MongoDB driver, exactly as it would talk to a
 * real {@code mongod}; only the connection string differs.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    static final String DATA_FILE_NAME = "allyway.mv";
    public static final int DEFAULT_CACHE_MEGABYTES = 128;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /** Starts a server whose data lives in {@code dataDir}, with the default cache. */
    public static EmbeddedMongoServer start(Path dataDir) {
        return start(dataDir, DEFAULT_CACHE_MEGABYTES);
    }

    /**
     * Starts a server whose data lives in {@code dataDir}; the directory is created when missing.
     *
     * @param cacheMegabytes how much of the data file the store keeps decoded in memory: every query on a field
     *                       other than {@code _id} reads the whole collection, so this decides how fast that is
     */
    public static EmbeddedMongoServer start(Path dataDir, int cacheMegabytes) {
        Path dataFile = dataDir.toAbsolutePath().normalize().resolve(DATA_FILE_NAME);
        try {
            Files.createDirectories(dataFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataFile.getParent(), e);
        }
        H2Backend backend = openBackend(dataFile, cacheMegabytes);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB listening on {}:{}, storing data in {}", address.getHostString(), address.getPort(),
                dataFile);
        return new EmbeddedMongoServer(server, address, dataFile);
    }

    private static H2Backend openBackend(Path dataFile, int cacheMegabytes) {
        try {
            return new IdLookupH2Backend(dataFile.toString(), cacheMegabytes);
        } catch (RuntimeException e) {
            // The usual cause is a second Allyway (or test run) holding the same directory open.
            throw new IllegalStateException("Cannot open the embedded MongoDB data file " + dataFile
                    + ": is another Allyway process using this data directory? Set ALLYWAY_DATA_DIR to another"
                    + " directory, or MONGODB_URI to use a MongoDB server.", e);
        }
    }

    /** A connection string for the MongoDB driver, naming {@code database}. */
    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    public Path dataFile() {
        return dataFile;
    }

    /** Stops accepting connections and flushes everything to the data file. */
    @Override
    public void close() {
        server.shutdownNow();
        log.info("Embedded MongoDB stopped; data kept in {}", dataFile);
    }
}
