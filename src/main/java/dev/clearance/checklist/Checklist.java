package dev.clearance.checklist;

import java.util.List;
import java.util.Optional;

/** The checklist template: sections in order, each with its questions ({@code assets/checklist/checklist.json}). */
public record Checklist(int schemaVersion, List<ChecklistSection> sections) {
    public Checklist {
        sections = List.copyOf(sections);
    }

    public Optional<ChecklistQuestion> question(String id) {
        return sections.stream().flatMap(s -> s.questions().stream()).filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<ChecklistSection> sectionOf(String questionId) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }
}
