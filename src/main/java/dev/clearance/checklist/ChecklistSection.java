package dev.clearance.checklist;

import java.util.List;

/** A restriction section of the checklist (1. Source identification … 13. Conclusion). */
public record ChecklistSection(String id, int number, String title, List<ChecklistQuestion> questions) {
    public ChecklistSection {
        questions = List.copyOf(questions);
    }

    /** The questions asked in a walk with this context, in checklist order. */
    public List<ChecklistQuestion> applicable(WalkContext context) {
        return questions.stream().filter(q -> q.appliesWhen().matches(context)).toList();
    }
}
