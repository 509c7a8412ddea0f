package com.allyway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warm-up, timed repetitions within a time budget, median and p95; and the Markdown table of the results. */
final class Timings {

    /** One call of the measured operation; {@code i} counts all calls (warm-up first), so inputs can vary. */
    @FunctionalInterface
    interface Operation {
        void run(int i) throws Exception;
    }

    record Result(String operation, int samples, int errors, double medianMs, double p95Ms, Double goalMs, String note) {

        String row() {
            String goal = goalMs == null ? "–" : String.format(Locale.ROOT, "< %.0f ms median", goalMs);
            String met = goalMs == null ? "–" : medianMs < goalMs ? "yes" : "**no**";
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d%s |", operation, ms(medianMs), ms(p95Ms),
                    goal, met, samples, errors == 0 ? "" : " (+" + errors + " failed)");
        }

        private static String ms(double value) {
            return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.2f", value);
        }
    }

    private final int warmups;
    private final int repetitions;
    private final int minimumRepetitions;
    private final Duration budget;
    private final List<Result> results = new ArrayList<>();

    /**
     * @param budget per operation: warm-up stops after a third of it, timed repetitions after all of it (but not
     *               before {@code minimumRepetitions}), so full scans on the embedded server stay affordable
     */
    Timings(int warmups, int repetitions, int minimumRepetitions, Duration budget) {
        this.warmups = warmups;
        this.repetitions = repetitions;
        this.minimumRepetitions = minimumRepetitions;
        this.budget = budget;
    }

    Result measure(String name, Double goalMs, String note, Operation operation) throws Exception {
        return measure(name, goalMs, note, i -> {
        }, operation);
    }

    /** As {@link #measure(String, Double, String, Operation)}, with {@code prepare} run untimed before each call. */
    Result measure(String name, Double goalMs, String note, Operation prepare, Operation operation)
            throws Exception {
        System.out.printf(Locale.ROOT, "measuring: %s ...%n", name);
        int call = 0;
        long warmupStarted = System.nanoTime();
        for (int w = 0; w < warmups && System.nanoTime() - warmupStarted < budget.toNanos() / 3; w++) {
            prepare.run(call);
            operation.run(call++);
        }
        List<Double> samples = new ArrayList<>();
        int errors = 0;
        long started = System.nanoTime();
        while (samples.size() < repetitions
                && (samples.size() < minimumRepetitions || System.nanoTime() - started < budget.toNanos())) {
            long t0;
            try {
                prepare.run(call);
                t0 = System.nanoTime();
                operation.run(call++);
            } catch (RuntimeException e) {
                // Counted and reported, never hidden: e.g. the embedded store failing a long scan.
                if (errors++ == 0) {
                    System.out.println("  ERROR (first of this operation): " + e);
                }
                if (errors > 3) {
                    break;
                }
                continue;
            }
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        Result result = new Result(name, samples.size(), errors, median(samples), p95(samples), goalMs, note);
        System.out.printf(Locale.ROOT, "  n=%d median=%.2f ms p95=%.2f ms%n", result.samples(), result.medianMs(),
                result.p95Ms());
        results.add(result);
        return result;
    }

    void add(Result result) {
        results.add(result);
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append("| operation | median ms | p95 ms | goal | met? | n |\n");
        table.append("|---|---|---|---|---|---|\n");
        List<String> notes = new ArrayList<>();
        for (Result result : results) {
            String row = result.row();
            if (result.note() != null) {
                notes.add(result.note());
                row = row.replaceFirst("^\\| ([^|]*?) \\|", "| $1 [" + notes.size() + "] |");
            }
            table.append(row).append('\n');
        }
        table.append('\n');
        for (int i = 0; i < notes.size(); i++) {
            table.append('[').append(i + 1).append("] ").append(notes.get(i)).append('\n');
        }
        return table.toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank 95th percentile. */
    static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(0.95 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
