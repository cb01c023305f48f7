package dev.clearance.checklist;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.TermsVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The guided walk through the restriction sections for one walk key: which questions apply, where the
 * reviewer is, and the answers, each saved as it is entered. Answers suggested by the tool stay
 * {@link AnswerStatus#SUGGESTED} until confirmed; replacing a suggestion needs a reason from
 * {@link OverrideReason} and a comment; editing a comment never changes a decision.
 */
public final class Walk {
    /** Self-assessment explains and flags when to ask a lawyer; counsel review is compact, citations first. */
    public enum Mode { SELF_ASSESSMENT, COUNSEL_REVIEW }

    /** Progress of one section. */
    public enum SectionState { NOT_STARTED, IN_PROGRESS, COMPLETE, NEEDS_ATTENTION }

    private final Checklist checklist;
    private final ChecklistAnswerRepository repository;
    private final long projectId;
    private final WalkKey key;
    private final WalkContext context;
    private final List<TermsVersion> governing;
    private final Mode mode;
    private final String reviewer;
    private final Clock clock;
    private final List<ChecklistQuestion> path = new ArrayList<>();
    private final Map<String, ChecklistAnswer> answers = new HashMap<>();
    private final Map<String, String> suggestions = new HashMap<>();
    private int position;

    /**
     * Opens a walk, loading the answers already saved for its key.
     *
     * @param governing the terms versions the walk covers (for citations in counsel review)
     * @param reviewer  who is answering; recorded with every change
     */
    public Walk(Checklist checklist, ChecklistAnswerRepository repository, long projectId, WalkKey key,
                WalkContext context, List<TermsVersion> governing, Mode mode, String reviewer, Clock clock) {
        this.checklist = Objects.requireNonNull(checklist, "checklist");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.projectId = projectId;
        this.key = Objects.requireNonNull(key, "key");
        this.context = Objects.requireNonNull(context, "context");
        this.governing = List.copyOf(governing);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (ChecklistSection s : checklist.sections()) {
            path.addAll(s.applicable(context));
        }
        for (ChecklistAnswer a : repository.list(projectId, key.id())) {
            answers.put(a.questionId(), a);
        }
    }

    public WalkKey key() {
        return key;
    }

    public Mode mode() {
        return mode;
    }

    /** The sections with at least one question in this walk, in order. */
    public List<ChecklistSection> sections() {
        return checklist.sections().stream().filter(s -> !s.applicable(context).isEmpty()).toList();
    }

    /** The questions this walk asks in a section. */
    public List<ChecklistQuestion> questions(String sectionId) {
        return checklist.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .map(s -> s.applicable(context)).orElseThrow(() -> new IllegalArgumentException(
                        "No section '" + sectionId + "' in the checklist"));
    }

    public ChecklistQuestion current() {
        return path.get(position);
    }

    public ChecklistSection currentSection() {
        return checklist.sectionOf(current().id()).orElseThrow();
    }

    /** Moves to the next applicable question; false (and stays) at the last one. */
    public boolean next() {
        if (position + 1 >= path.size()) {
            return false;
        }
        position++;
        return true;
    }

    /** Moves to the previous applicable question; false (and stays) at the first one. */
    public boolean back() {
        if (position == 0) {
            return false;
        }
        position--;
        return true;
    }

    /** Jumps to a question this walk asks. */
    public void jumpTo(String questionId) {
        position = indexOf(questionId);
    }

    /** Jumps to the first question of a section. */
    public void jumpToSection(String sectionId) {
        List<ChecklistQuestion> qs = questions(sectionId);
        if (qs.isEmpty()) {
            throw new IllegalArgumentException("Section '" + sectionId + "' asks nothing in this walk");
        }
        jumpTo(qs.get(0).id());
    }

    public Optional<ChecklistAnswer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** Every answer of the walk, by question id. */
    public Map<String, ChecklistAnswer> answers() {
        return Map.copyOf(answers);
    }

    /**
     * Pre-fills answers (see {@link AnswerSuggester}). A question without a reviewer decision gets the
     * suggestion; a reviewer decision is never replaced.
     */
    public void suggest(Map<String, String> suggested) {
        suggested.forEach((questionId, value) -> {
            if (!isAsked(questionId) || question(questionId).answerType().problemWith(question(questionId), value).isPresent()) {
                return;
            }
            suggestions.put(questionId, value);
            ChecklistAnswer existing = answers.get(questionId);
            if (existing == null || existing.status() == AnswerStatus.SUGGESTED && !existing.answer().equals(value)) {
                save(new ChecklistAnswer(questionId, value, AnswerStatus.SUGGESTED, null,
                        existing == null ? "" : existing.comment(), "", clock.instant()));
            }
        });
    }

    /** Pre-fills from the governing terms' facts, the project settings and the dataset (see {@link AnswerSuggester}). */
    public void suggest(List<TermsVersion> governingVersions, ProjectSettings project, Dataset dataset) {
        suggest(AnswerSuggester.suggest(governingVersions, project, dataset));
    }

    /** The reviewer accepts the suggested answer as it is. */
    public ChecklistAnswer confirm(String questionId) {
        ChecklistAnswer a = answers.get(questionId);
        if (a == null) {
            throw new IllegalStateException("'" + questionId + "' has no answer to confirm");
        }
        if (a.isReviewerDecision()) {
            return a;
        }
        return save(new ChecklistAnswer(questionId, a.answer(), AnswerStatus.CONFIRMED, null, a.comment(), reviewer,
                clock.instant()));
    }

    /**
     * The reviewer answers. An answer that differs from the tool's suggestion is refused: use
     * {@link #override} with a reason and a comment.
     */
    public ChecklistAnswer answer(String questionId, String value) {
        validate(questionId, value);
        String suggestion = suggestions.get(questionId);
        ChecklistAnswer existing = answers.get(questionId);
        if (suggestion != null && !suggestion.equals(value)) {
            throw new IllegalStateException("'" + questionId + "' was suggested as '" + suggestion
                    + "'; changing it needs a reason (" + String.join(", ", OverrideReason.ids()) + ") and a comment");
        }
        if (existing != null && existing.status() == AnswerStatus.OVERRIDDEN && !existing.answer().equals(value)) {
            throw new IllegalStateException("'" + questionId + "' was overridden with a reason; change it with a new "
                    + "reason and comment");
        }
        return save(new ChecklistAnswer(questionId, value, AnswerStatus.CONFIRMED, null,
                existing == null ? "" : existing.comment(), reviewer, clock.instant()));
    }

    /** The reviewer replaces the suggested answer, with a reason from the fixed list and a comment. */
    public ChecklistAnswer override(String questionId, String value, OverrideReason reason, String comment) {
        validate(questionId, value);
        if (reason == null) {
            throw new IllegalArgumentException("Changing '" + questionId + "' needs a reason: "
                    + String.join(", ", OverrideReason.ids()));
        }
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Changing '" + questionId + "' needs a comment saying why");
        }
        return save(new ChecklistAnswer(questionId, value, AnswerStatus.OVERRIDDEN, reason, comment.strip(), reviewer,
                clock.instant()));
    }

    /** Edits the comment only: the answer, its status and its reason stay as they are. */
    public ChecklistAnswer comment(String questionId, String comment) {
        ChecklistAnswer a = answers.get(questionId);
        if (a == null) {
            throw new IllegalStateException("Answer '" + questionId + "' before commenting on it");
        }
        if (a.status() == AnswerStatus.OVERRIDDEN && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("An overridden answer keeps a comment saying why");
        }
        return save(a.withComment(comment, reviewer, clock.instant()));
    }

    /**
     * Not started: no answer. Complete: every required question has a reviewer decision. Needs attention:
     * an answer is "unsure". In progress: anything else (including only suggestions).
     */
    public SectionState state(String sectionId) {
        List<ChecklistQuestion> qs = questions(sectionId);
        boolean any = false;
        boolean complete = true;
        for (ChecklistQuestion q : qs) {
            ChecklistAnswer a = answers.get(q.id());
            if (a != null) {
                any = true;
                if (a.isReviewerDecision() && a.answer().equals("unsure")) {
                    return SectionState.NEEDS_ATTENTION;
                }
            }
            if (q.required() && (a == null || !a.isReviewerDecision())) {
                complete = false;
            }
        }
        if (!any) {
            return SectionState.NOT_STARTED;
        }
        return complete ? SectionState.COMPLETE : SectionState.IN_PROGRESS;
    }

    /** True when every section this walk asks is complete. */
    public boolean isComplete() {
        return sections().stream().allMatch(s -> state(s.id()) == SectionState.COMPLETE);
    }

    /**
     * In self-assessment, when to stop and ask a lawyer: every question answered "unsure" and every high or
     * blocked finding. Counsel review lists none (the reviewer is counsel).
     */
    public List<String> askALawyer(List<Finding> findings) {
        if (mode == Mode.COUNSEL_REVIEW) {
            return List.of();
        }
        List<String> triggers = new ArrayList<>();
        for (ChecklistQuestion q : path) {
            ChecklistAnswer a = answers.get(q.id());
            if (a != null && a.answer().equals("unsure")) {
                triggers.add("You answered 'unsure' to \"" + q.text() + "\" (" + q.id() + "): ask a lawyer.");
            }
        }
        for (Finding f : findings) {
            if (f.level().isAtLeast(RiskLevel.HIGH)) {
                triggers.add("The '" + f.rule() + "' finding is " + f.level().id() + ": ask a lawyer before using "
                        + "this data.");
            }
        }
        return triggers;
    }

    /** The current question as this walk's mode presents it. */
    public QuestionPrompt prompt() {
        ChecklistQuestion q = current();
        List<ClauseCitation> citations = new ArrayList<>();
        for (TermsVersion v : governing) {
            for (Clause c : v.clauses()) {
                if (q.clauseTags().stream().anyMatch(c::has)) {
                    citations.add(ClauseCitation.of(v, c));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        boolean unsure = answer(q.id()).map(a -> a.answer().equals("unsure")).orElse(false);
        if (mode == Mode.COUNSEL_REVIEW) {
            citations.forEach(c -> lines.add(c.label()));
            lines.add(q.text());
        } else {
            lines.add(q.text());
            lines.add(q.hint());
            if (!q.example().isEmpty()) {
                lines.add("Example: " + q.example());
            }
            if (!q.evidence().isEmpty()) {
                lines.add("Keep as evidence: " + q.evidence());
            }
            citations.forEach(c -> lines.add("See " + c.label()));
            if (unsure) {
                lines.add("You are unsure: ask a lawyer before relying on this answer.");
            }
        }
        return new QuestionPrompt(q, mode, citations, lines, mode == Mode.SELF_ASSESSMENT && unsure);
    }

    private ChecklistAnswer save(ChecklistAnswer a) {
        repository.save(projectId, key.id(), a);
        answers.put(a.questionId(), a);
        return a;
    }

    private void validate(String questionId, String value) {
        ChecklistQuestion q = question(questionId);
        indexOf(questionId);
        String v = value == null ? "" : value;
        q.answerType().problemWith(q, v).ifPresent(problem -> {
            throw new IllegalArgumentException("'" + v + "' does not answer '" + questionId + "': " + problem);
        });
    }

    private ChecklistQuestion question(String questionId) {
        return checklist.question(questionId).orElseThrow(() -> new IllegalArgumentException(
                "No question '" + questionId + "' in the checklist"));
    }

    private boolean isAsked(String questionId) {
        return path.stream().anyMatch(q -> q.id().equals(questionId));
    }

    private int indexOf(String questionId) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + questionId + "' is not asked in walk " + key.id());
    }
}
