package com.allyway.bench;

import com.allyway.insight.InsightService;
import com.allyway.security.AllywayUser;
import com.allyway.testing.SignedIn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The role homes' figures on the demo data set (what {@code ./mvnw spring-boot:run} starts with), as each demo
 * person: the service call behind each home, which reads and counts everything its charts show. Goal: under a
 * second each. {@code ./mvnw -Pbench process-test-classes -Dbench.main=DashboardBenchmark -Dbench.heap=1g}
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("target", "bench-data", "dashboards-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        ConfigurableApplicationContext context = BenchApplication.start(dataDir, args, true);
        try {
            InsightService insights = context.getBean(InsightService.class);
            UserDetailsService accounts = context.getBean(UserDetailsService.class);
            Timings timings = new Timings(20, 100, 30, Duration.ofSeconds(60));
            measure(timings, "partner home (Maya, Northwind)", accounts, "maya@northwind.example", insights::partner);
            measure(timings, "staff home (Sam)", accounts, "staff@allyway.example", insights::staff);
            measure(timings, "founder home (Fiona)", accounts, "founder@allyway.example", insights::founder);
            measure(timings, "finance home (Felix)", accounts, "finance@allyway.example", insights::finance);
            System.out.println();
            System.out.println(timings.table());
            System.out.printf(Locale.ROOT, "(%d cores, JDK %s)%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
        } finally {
            context.close();
            BenchApplication.deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    private static void measure(Timings timings, String name, UserDetailsService accounts, String email,
            Supplier<?> figures) throws Exception {
        AllywayUser user = (AllywayUser) accounts.loadUserByUsername(email);
        timings.measure(name, 1000.0, null, i -> SignedIn.as(user, figures));
    }
}
