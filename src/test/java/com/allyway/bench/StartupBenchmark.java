package com.allyway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to ready, measured on real processes (not asserted in any test). Launches the given command
 * {@code runs} times on the embedded default: the first run on an empty data directory (it seeds the demo data),
 * the others restart on the data the first one left. For each run it reports the wall time from process launch
 * until {@code /actuator/health/readiness} answers 200, until the login page answers 200, and Spring Boot's own
 * "Started ... in" figure.
 *
 * <pre>
 * java -cp target/test-classes com.allyway.bench.StartupBenchmark 5 java -jar target/allyway-0.1.0-SNAPSHOT.jar
 * </pre>
 * Uses only the JDK, so {@code target/test-classes} is the whole classpath it needs.
 */
public final class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started AllywayApplication in ([0-9.]+) seconds");
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StartupBenchmark <runs> <command...>");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        List<String> command = Arrays.asList(args).subList(1, args.length);
        Path dataDir = Files.createTempDirectory("allyway-startup-bench");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

        System.out.println("| run | data | launch → ready (s) | launch → login page (s) | Spring \"Started in\" (s) |");
        System.out.println("|---|---|---|---|---|");
        List<Double> restarts = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Result result = measure(command, dataDir, http);
            String data = run == 1 ? "empty (seeds demo)" : "existing";
            System.out.printf("| %d | %s | %.2f | %.2f | %s |%n", run, data, result.ready(), result.loginPage(),
                    result.springStarted());
            if (run > 1) {
                restarts.add(result.ready());
            }
        }
        if (!restarts.isEmpty()) {
            restarts.sort(Double::compare);
            System.out.printf("median launch → ready over %d restarts: %.2f s%n", restarts.size(),
                    restarts.get(restarts.size() / 2));
        }
    }

    private record Result(double ready, double loginPage, String springStarted) {
    }

    private static Result measure(List<String> command, Path dataDir, HttpClient http) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ALLYWAY_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().remove("MONGODB_URI");
        long launched = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> drain(process, output));
        try {
            double ready = secondsUntilOk(http, "http://localhost:" + port + "/actuator/health/readiness", launched,
                    process);
            double loginPage = secondsUntilOk(http, "http://localhost:" + port + "/login", launched, process);
            synchronized (output) {
                Matcher started = STARTED.matcher(output);
                return new Result(ready, loginPage, started.find() ? started.group(1) : "?");
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            reader.join(5000);
        }
    }

    private static double secondsUntilOk(HttpClient http, String url, long launched, Process process)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - launched < GIVE_UP.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Not ready within " + GIVE_UP + ": " + url);
    }

    private static void drain(Process process, StringBuilder output) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
