package dev.clearance.ui.checklist;

import dev.clearance.checklist.AnswerType;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.checklist.ChecklistSection;
import dev.clearance.checklist.Choice;
import dev.clearance.checklist.QuestionPrompt;
import dev.clearance.checklist.Walk;
import dev.clearance.checklist.Walk.SectionState;
import dev.clearance.domain.StorageException;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.TermsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open walk as the question card shows it: the current question in the walk's mode, its answer and who
 * stands behind it, the comment being written, the sections with their states and the progress. Every
 * decision is saved at once through the {@link Walk}; problems become a {@link #messageProperty() message}.
 */
public final class WalkViewModel {
    /** What happened to an answer the reviewer chose. */
    public enum Choose {
        /** Saved as the reviewer's decision. */
        SAVED,
        /** Differs from the suggestion (or from an earlier override): ask for a reason and a comment. */
        NEEDS_REASON,
        /** Not a valid answer; the message says why. */
        REFUSED
    }

    /** One section as the sidebar lists it. */
    public record SectionRow(String id, int number, String title, SectionState state, long decided, int asked,
                             boolean current) {
        public String label() {
            return number + ". " + title;
        }
    }

    /**
     * A clause of the governing terms that the current question is about, as counsel reads it first.
     *
     * @param citation   {@code document@version §section Heading}
     * @param paraphrase our words for what the clause says
     * @param quote      the provider's words the clause rests on; "" if none
     * @param confidence how the catalog knows it: verified, secondhand or uncertain
     */
    public record CitedClause(String citation, String paraphrase, String quote, Confidence confidence) {
    }

    private Walk walk;
    private List<TermsVersion> governing = List.of();
    private Map<String, String> suggestions = Map.of();
    private List<Finding> findings = List.of();
    private Runnable onDecision = () -> { };

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<QuestionPrompt> prompt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChecklistAnswer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ObservableList<String> askALawyer = FXCollections.observableArrayList();
    private final ObservableList<CitedClause> clauses = FXCollections.observableArrayList();
    private final ObservableList<String> annotations = FXCollections.observableArrayList();
    private java.util.function.Function<String, List<String>> annotationsLinkedTo = link -> List.of();

    /** Shows a walk; {@code onDecision} runs after every saved decision (the findings may change). */
    void show(Walk walk, List<TermsVersion> governing, Map<String, String> suggestions, Runnable onDecision) {
        this.walk = walk;
        this.governing = List.copyOf(governing);
        this.suggestions = Map.copyOf(suggestions);
        this.onDecision = onDecision;
        open.set(walk != null);
        refresh();
    }

    /** The current findings of the walk's datasets, for the ask-a-lawyer triggers. */
    void findings(List<Finding> latest) {
        findings = List.copyOf(latest);
        refreshTriggers();
    }

    Walk walk() {
        return walk;
    }

    /**
     * The reviewer picks an answer. The same as the suggestion (or a first answer where nothing was
     * suggested) is saved as confirmed; anything else needs {@link #override}.
     */
    public Choose choose(String value) {
        ChecklistQuestion q = walk.current();
        ChecklistAnswer existing = walk.answer(q.id()).orElse(null);
        if (existing != null && existing.answer().equals(value)) {
            return existing.isReviewerDecision() || confirm() ? Choose.SAVED : Choose.REFUSED;
        }
        if (needsReason(q.id(), value)) {
            return Choose.NEEDS_REASON;
        }
        return act(() -> walk.answer(q.id(), value)) ? Choose.SAVED : Choose.REFUSED;
    }

    /** True when answering {@code value} changes a suggested or overridden answer, so a reason is needed. */
    public boolean needsReason(String questionId, String value) {
        String suggested = suggestions.get(questionId);
        Optional<ChecklistAnswer> existing = walk.answer(questionId);
        return suggested != null && !suggested.equals(value)
                || existing.filter(a -> a.status() == AnswerStatus.OVERRIDDEN && !a.answer().equals(value)).isPresent();
    }

    /** Accepts the suggested answer of the current question as it is. */
    public boolean confirm() {
        String id = walk.current().id();
        return act(() -> walk.confirm(id));
    }

    /** Replaces the current answer, with a reason from the fixed list and a comment; refused without either. */
    public boolean override(String value, OverrideReason reason, String why) {
        String id = walk.current().id();
        if (reason == null || why == null || why.isBlank()) {
            message.set("Changing an answer needs a reason from the list and a comment saying why.");
            return false;
        }
        return act(() -> walk.override(id, value, reason, why));
    }

    /** Saves the comment being written, if it changed; the answer and its status stay as they are. */
    public boolean saveComment() {
        if (walk == null) {
            return true;
        }
        String id = walk.current().id();
        Optional<ChecklistAnswer> a = walk.answer(id);
        String text = comment.get() == null ? "" : comment.get().strip();
        if (a.isEmpty()) {
            if (!text.isEmpty()) {
                message.set("Answer the question before commenting on it; the comment was not saved.");
                return false;
            }
            return true;
        }
        if (a.get().comment().equals(text)) {
            return true;
        }
        return act(() -> walk.comment(id, text));
    }

    public void next() {
        move(walk::next);
    }

    public void back() {
        move(walk::back);
    }

    public void jumpTo(String questionId) {
        move(() -> walk.jumpTo(questionId));
    }

    public void jumpToSection(String sectionId) {
        move(() -> walk.jumpToSection(sectionId));
    }

    private void move(Runnable step) {
        if (walk == null) {
            return;
        }
        saveComment();
        step.run();
        refresh();
    }

    /** Runs a decision: saved, refreshed and reported, or refused with the reason as the message. */
    private boolean act(Runnable decision) {
        try {
            decision.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return false;
        } catch (StorageException e) {
            message.set(e.getMessage() + " " + e.hint());
            return false;
        }
        refresh();
        message.set("");
        onDecision.run();
        return true;
    }

    private void refresh() {
        if (walk == null) {
            prompt.set(null);
            answer.set(null);
            sections.clear();
            askALawyer.clear();
            clauses.clear();
            annotations.clear();
            progress.set(0);
            progressText.set("");
            position.set("");
            section.set("");
            comment.set("");
            canBack.set(false);
            canNext.set(false);
            canConfirm.set(false);
            return;
        }
        ChecklistQuestion q = walk.current();
        ChecklistAnswer a = walk.answer(q.id()).orElse(null);
        // What the card reads while drawing a question is set before the prompt that makes it draw.
        suggestion.set(suggestions.getOrDefault(q.id(), ""));
        clauses.setAll(cited(q));
        annotations.setAll(annotationsLinkedTo.apply(linkTo(q)));
        ChecklistSection s = walk.currentSection();
        section.set("Section " + s.number() + " · " + s.title());
        List<ChecklistQuestion> path = walk.sections().stream().flatMap(x -> walk.questions(x.id()).stream()).toList();
        int index = path.indexOf(q);
        position.set("Question " + (index + 1) + " of " + path.size());
        answer.set(a);
        prompt.set(walk.prompt());
        long decided = path.stream().filter(x -> walk.answer(x.id()).filter(ChecklistAnswer::isReviewerDecision).isPresent())
                .count();
        long toConfirm = path.stream().filter(x -> walk.answer(x.id()).filter(y -> !y.isReviewerDecision()).isPresent())
                .count();
        progress.set(path.isEmpty() ? 0 : (double) decided / path.size());
        progressText.set(decided + " of " + path.size() + " answered"
                + (toConfirm == 0 ? "" : " · " + toConfirm + " suggested, to confirm"));
        canBack.set(index > 0);
        canNext.set(index < path.size() - 1);
        canConfirm.set(a != null && !a.isReviewerDecision());
        comment.set(a == null ? "" : a.comment());
        sections.setAll(walk.sections().stream().map(x -> {
            List<ChecklistQuestion> qs = walk.questions(x.id());
            long done = qs.stream().filter(y -> walk.answer(y.id()).filter(ChecklistAnswer::isReviewerDecision).isPresent())
                    .count();
            return new SectionRow(x.id(), x.number(), x.title(), walk.state(x.id()), done, qs.size(), x.equals(s));
        }).toList());
        refreshTriggers();
    }

    private List<CitedClause> cited(ChecklistQuestion q) {
        List<CitedClause> out = new ArrayList<>();
        for (TermsVersion v : governing) {
            for (Clause c : v.clauses()) {
                if (q.clauseTags().stream().anyMatch(c::has)) {
                    out.add(new CitedClause(ClauseCitation.of(v, c).label(), c.paraphrase(), c.quote(),
                            c.confidence()));
                }
            }
        }
        return out;
    }

    private void refreshTriggers() {
        askALawyer.setAll(walk == null ? List.of() : walk.askALawyer(findings));
    }

    /** How the current answer reads to people: the choice label, or the value itself. */
    public static String display(ChecklistQuestion q, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (q.answerType()) {
            case CHOICE -> q.choices().stream().filter(c -> c.id().equals(value)).map(Choice::label).findFirst()
                    .orElse(value);
            case YES_NO -> value.equals("n.a.") ? "N/A" : Character.toUpperCase(value.charAt(0)) + value.substring(1);
            default -> value;
        };
    }

    /** Who stands behind the current answer, in a sentence: "Suggested from the catalog and project settings". */
    public static String statusText(ChecklistAnswer a) {
        if (a == null) {
            return "Not answered";
        }
        return switch (a.status()) {
            case SUGGESTED -> "Suggested from the catalog and project settings: confirm or change it";
            case CONFIRMED -> "Confirmed" + (a.updatedBy().isBlank() ? "" : " by " + a.updatedBy());
            case OVERRIDDEN -> "Changed" + (a.updatedBy().isBlank() ? "" : " by " + a.updatedBy()) + ": "
                    + a.reason().label();
        };
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuestionPrompt> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The stored answer to the current question; null when there is none. */
    public ReadOnlyObjectProperty<ChecklistAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** What the tool suggested for the current question; "" when nothing. */
    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** "Section 4 · Does this project compete?". */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    /** "Question 7 of 28". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "12 of 28 answered · 9 suggested, to confirm": only the reviewer's decisions count as answered. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    /** True while the current answer is a suggestion nobody has confirmed. */
    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    /** Why the last action was refused; "" when it went through. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The comment being written on the current answer; saved by {@link #saveComment()} and on moving on. */
    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    /** The governing clauses the current question is about, in the order of the walk's citations. */
    /** The link an annotation carries to point at this walk's question ({@code checklist:<walk>#<question>}). */
    private String linkTo(ChecklistQuestion q) {
        return "checklist:" + walk.key().id() + "#" + q.id();
    }

    /** Where the annotations linked to a question come from (the annotations area writes the links). */
    public void annotationsFrom(java.util.function.Function<String, List<String>> linkedTo) {
        this.annotationsLinkedTo = linkedTo;
    }

    /** The reviewer's annotations on the terms that are linked to the current question, as evidence. */
    public ObservableList<String> annotations() {
        return annotations;
    }

    public ObservableList<CitedClause> clauses() {
        return clauses;
    }

    /** In self-assessment: when to stop and ask a lawyer (unsure answers, high or blocked findings). */
    public ObservableList<String> askALawyer() {
        return askALawyer;
    }
}
