package dev.clearance.ui.checklist;

import dev.clearance.checklist.AnswerSuggester;
import dev.clearance.checklist.Checklist;
import dev.clearance.checklist.Walk;
import dev.clearance.checklist.WalkContext;
import dev.clearance.checklist.WalkGrouping;
import dev.clearance.checklist.WalkKey;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.Resolution;
import dev.clearance.terms.Resolution.ResolvedTerms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The guided walks of one project: its model-generated datasets grouped by source channel and governing
 * terms version (datasets split off get a walk of their own), and each walk opened with its suggestions.
 * Plain Java, so the view model above it stays thin and testable.
 */
final class ProjectWalks {
    /**
     * One walk of the project.
     *
     * @param governing the terms versions in force, with their documents; empty when the terms are unknown
     * @param warnings  what the terms resolution warned about (no collection date, unverified entries …)
     */
    record Group(WalkKey key, List<Dataset> datasets, List<ResolvedTerms> governing, List<String> warnings) {
        Group {
            datasets = List.copyOf(datasets);
            governing = List.copyOf(governing);
            warnings = List.copyOf(warnings);
        }

        List<TermsVersion> versions() {
            return governing.stream().map(ResolvedTerms::version).toList();
        }

        /** "OpenAI Services Agreement" (several documents joined with " + "); the model when none was found. */
        String title() {
            if (governing.isEmpty()) {
                String model = datasets.get(0).generatorModel();
                return "Terms not found" + (model.isBlank() ? "" : " for " + model);
            }
            return governing.stream().map(t -> t.document().title()).distinct().collect(Collectors.joining(" + "));
        }

        /** "api · version 2025-05-31 · 2 datasets", naming the dataset when it was split off. */
        String detail() {
            String versions = governing.stream().map(t -> t.version().effectiveOn().toString()).distinct()
                    .collect(Collectors.joining(", "));
            String count = datasets.size() == 1 ? "1 dataset" : datasets.size() + " datasets";
            return key.channel() + (versions.isEmpty() ? "" : " · version " + versions) + " · "
                    + (key.isSplit() ? "split off: " + key.splitDatasetId() : count);
        }
    }

    private final Checklist checklist;
    private final DatasetRepository datasets;
    private final Function<Dataset, Resolution> resolver;
    private final ChecklistAnswerRepository answers;
    private final String reviewer;
    private final Clock clock;

    ProjectWalks(Checklist checklist, DatasetRepository datasets, Function<Dataset, Resolution> resolver,
                 ChecklistAnswerRepository answers, String reviewer, Clock clock) {
        this.checklist = checklist;
        this.datasets = datasets;
        this.resolver = resolver;
        this.answers = answers;
        this.reviewer = reviewer;
        this.clock = clock;
    }

    /** The project's walks in inventory order (the order AssessmentService reads them in). */
    List<Group> group(Project project) {
        Map<String, Resolution> resolved = new HashMap<>();
        // Datasets from the same model, channel, date and override resolve alike: resolve each once.
        Map<List<Object>, Resolution> byFacts = new HashMap<>();
        List<Dataset> inventory = datasets.list(project.id());
        for (Dataset d : inventory) {
            if (!d.removed() && d.sourceType().isModelGenerated()) {
                resolved.put(d.id(), byFacts.computeIfAbsent(List.of(d.generatorModel(), d.generatorProvider(),
                        d.access(), String.valueOf(d.collectedOn()), d.terms()), k -> resolver.apply(d)));
            }
        }
        Map<WalkKey, List<Dataset>> grouped = WalkGrouping.group(inventory,
                d -> resolved.get(d.id()).refs(), splitOff(project));
        List<Group> groups = new ArrayList<>();
        grouped.forEach((key, members) -> {
            Resolution first = resolved.get(members.get(0).id());
            List<String> warnings = members.stream().flatMap(d -> resolved.get(d.id()).warnings().stream()
                    .map(w -> w.startsWith(d.id()) ? w : d.id() + ": " + w)).distinct().toList();
            groups.add(new Group(key, members, first.terms(), warnings));
        });
        return groups;
    }

    /** Datasets that have a walk of their own, as the stored answers record them (as AssessmentService reads them). */
    private Set<String> splitOff(Project project) {
        Set<String> split = new HashSet<>();
        for (String id : answers.listByWalk(project.id()).keySet()) {
            try {
                WalkKey key = WalkKey.parse(id);
                if (key.isSplit()) {
                    split.add(key.splitDatasetId());
                }
            } catch (IllegalArgumentException e) {
                // A key this version cannot read belongs to no walk shown here; it stays in the database.
            }
        }
        return split;
    }

    /** Opens a walk to read its state without writing anything (for the walks list). */
    Walk read(Project project, Group group) {
        return walk(project, group, Walk.Mode.SELF_ASSESSMENT);
    }

    /**
     * Opens a walk for the reviewer: pre-fills the suggestions (saved as suggested, never over a decision).
     *
     * @return the walk and the suggestions it was given, by question id
     */
    Opened open(Project project, Group group, Walk.Mode mode) {
        Walk walk = walk(project, group, mode);
        Map<String, String> suggestions = suggestions(project, group);
        walk.suggest(suggestions);
        return new Opened(walk, suggestions);
    }

    /** A walk opened for the reviewer, with what the tool suggested for it. */
    record Opened(Walk walk, Map<String, String> suggestions) {
        Opened {
            Objects.requireNonNull(walk, "walk");
            suggestions = Map.copyOf(suggestions);
        }
    }

    /**
     * Gives one dataset of a shared walk a walk of its own, starting from the shared answers.
     *
     * @return the key of the new walk
     */
    WalkKey splitOff(Project project, Group shared, Dataset dataset) {
        if (shared.key().isSplit() || shared.datasets().size() < 2) {
            throw new IllegalArgumentException(dataset.id() + " already has a walk of its own");
        }
        WalkKey split = WalkGrouping.splitOff(answers, project.id(), shared.key(), dataset.id());
        // Record the split even when the shared walk had no answers yet: the suggestions are saved under it.
        Group own = new Group(split, List.of(dataset), shared.governing(), shared.warnings());
        open(project, own, Walk.Mode.SELF_ASSESSMENT);
        return split;
    }

    private Walk walk(Project project, Group group, Walk.Mode mode) {
        List<TermsVersion> versions = group.versions();
        return new Walk(checklist, answers, project.id(), group.key(), WalkContext.of(versions, project.settings()),
                versions, mode, reviewer, clock);
    }

    /**
     * The suggester reads one dataset; a shared walk covers several, so its generation dates become the
     * earliest and the latest of them.
     */
    private static Map<String, String> suggestions(Project project, Group group) {
        Map<String, String> s = new LinkedHashMap<>(AnswerSuggester.suggest(group.versions(), project.settings(),
                group.datasets().get(0)));
        List<LocalDate> dates = group.datasets().stream().map(Dataset::collectedOn).filter(Objects::nonNull)
                .sorted().toList();
        if (!dates.isEmpty()) {
            s.put("source.first-generated", dates.get(0).toString());
            if (dates.size() > 1 && !dates.get(dates.size() - 1).equals(dates.get(0))) {
                s.put("source.last-generated", dates.get(dates.size() - 1).toString());
            }
        }
        return s;
    }
}
