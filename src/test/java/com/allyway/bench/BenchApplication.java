package com.allyway.bench;

import com.allyway.AllywayApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application for an in-process benchmark: demo off, its own data directory, nobody calling its port. */
final class BenchApplication {

    private BenchApplication() {
    }

    static ConfigurableApplicationContext start(Path dataDir, String[] args) {
        return start(dataDir, args, false);
    }

    /** As {@link #start(Path, String[])}, with the demo company loaded when {@code demo} is set. */
    static ConfigurableApplicationContext start(Path dataDir, String[] args, boolean demo) {
        return new SpringApplicationBuilder(AllywayApplication.class)
                // A web application: Allyway's security configuration (Vaadin's) needs the servlet context, so the
                // server starts, on a free loopback port nobody calls.
                .web(WebApplicationType.SERVLET)
                // As command-line arguments: they take precedence over application.properties (and the
                // environment), which builder "properties" would not.
                .run(concat(args, "--server.port=0", "--server.address=127.0.0.1", "--allyway.demo=" + demo,
                        "--allyway.data-dir=" + dataDir, "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.launch-browser=false", "--spring.main.banner-mode=off"));
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
