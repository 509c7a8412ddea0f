package com.allyway.insight;

import com.allyway.introduction.IntroductionFacts;
import com.allyway.introduction.IntroductionStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff's home figures: the pipeline by stage, introductions per week (by introduction date), the relationships
 * that introduced most in the last 90 days, and what waits for a decision (open conflicts and disputes).
 */
public record StaffInsight(Counts counts, Map<String, String> names, long openDisputes) {

    static final int WEEKS = 12;
    static final int TOP = 8;
    static final int TOP_DAYS = 90;

    /**
     * @param perWeek          Monday of each of the last {@value #WEEKS} weeks (this one last) to its count
     * @param topRelationships relationship id to its introductions in the last {@value #TOP_DAYS} days, most first
     */
    public record Counts(Map<IntroductionStatus, Long> pipeline, Map<LocalDate, Long> perWeek,
            Map<String, Long> topRelationships, long openConflicts) {

        List<String> topRelationshipIds() {
            return List.copyOf(topRelationships.keySet());
        }
    }

    static Counts count(List<IntroductionFacts> introductions, LocalDate today) {
        Map<IntroductionStatus, Long> pipeline = new EnumMap<>(IntroductionStatus.class);
        for (IntroductionStatus status : IntroductionStatus.values()) {
            pipeline.put(status, 0L);
        }
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            perWeek.put(thisMonday.minusWeeks(i), 0L);
        }
        LocalDate topFrom = today.minusDays(TOP_DAYS - 1L);
        Map<String, Long> recent = new HashMap<>();
        long openConflicts = 0;
        for (IntroductionFacts introduction : introductions) {
            pipeline.merge(introduction.status(), 1L, Long::sum);
            perWeek.computeIfPresent(introduction.introducedOn().with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)), (week, count) -> count + 1);
            if (!introduction.introducedOn().isBefore(topFrom) && !introduction.introducedOn().isAfter(today)) {
                recent.merge(introduction.relationshipId(), 1L, Long::sum);
            }
            if (introduction.conflict() && !introduction.status().isFinal()) {
                openConflicts++;
            }
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(recent.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        ranked.stream().limit(TOP).forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return new Counts(pipeline, perWeek, top, openConflicts);
    }

    public String name(String relationshipId) {
        return names.getOrDefault(relationshipId, "(removed)");
    }
}
