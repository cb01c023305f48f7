package dev.clearance.ui.checklist;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.checklist.QuestionPrompt;
import dev.clearance.checklist.Walk;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.ui.checklist.WalkViewModel.CitedClause;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The current question: in self-assessment the question, its plain-language hint and example, then the
 * clauses; in counsel review the cited clauses first, then the question. Below: the answer, who stands
 * behind it, the evidence to keep, the comment, and Confirm / Change….
 */
final class QuestionCard extends VBox {
    private final WalkViewModel model;
    private final VBox prompt = new VBox(8);
    private final VBox answerBox = new VBox(6);
    private final Label status = new Label();
    private final Label statusText = new Label();
    private final Label suggestionNote = new Label();
    private final Label evidence = new Label();
    private final VBox lawyer = new VBox(4);
    private final TextArea comment = new TextArea();
    private final Label message = new Label();
    private final Button confirm = new Button("Confirm");
    private final Button change = new Button("Change…");
    private AnswerControl control;

    QuestionCard(WalkViewModel model) {
        super(14);
        this.model = model;
        setId("question-card");
        getStyleClass().add("question-card");
        setPadding(new Insets(18, 22, 18, 22));
        getChildren().addAll(prompt, answerSection(), lawyerBox(), commentSection(), actions());
        model.promptProperty().addListener((o, a, p) -> render(p));
        model.answerProperty().addListener((o, a, ans) -> showAnswer(ans));
        model.askALawyer().addListener((ListChangeListener<String>) c -> showTriggers());
        render(model.promptProperty().get());
    }

    private Node answerSection() {
        status.setId("answer-status");
        statusText.setId("answer-status-text");
        statusText.setWrapText(true);
        statusText.getStyleClass().add(Styles.TEXT_MUTED);
        HBox who = new HBox(8, status, statusText);
        who.setAlignment(Pos.CENTER_LEFT);
        suggestionNote.setWrapText(true);
        suggestionNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        evidence.setId("evidence-expected");
        evidence.setWrapText(true);
        evidence.getStyleClass().add("evidence");
        VBox box = new VBox(8, heading("Answer"), answerBox, who, suggestionNote, evidence);
        return box;
    }

    private Node lawyerBox() {
        lawyer.setId("ask-a-lawyer");
        lawyer.getStyleClass().add("ask-a-lawyer");
        lawyer.setPadding(new Insets(10, 12, 10, 12));
        return lawyer;
    }

    private Node commentSection() {
        comment.setId("answer-comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.setPromptText("Your note on this answer: sources, who you asked, what you checked");
        comment.textProperty().bindBidirectional(model.commentProperty());
        comment.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.saveComment();
            }
        });
        // Saved a moment after typing stops, so nothing is lost if the window closes mid-sentence.
        PauseTransition typing = new PauseTransition(Duration.millis(800));
        typing.setOnFinished(e -> model.saveComment());
        comment.textProperty().addListener((o, a, b) -> {
            if (comment.isFocused()) {
                typing.playFromStart();
            }
        });
        Label hint = new Label("Saved as you type; editing a comment never changes the answer or who stands behind it.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(6, heading("Comment"), comment, hint);
    }

    private Node actions() {
        confirm.setId("confirm-answer");
        confirm.getStyleClass().add(Styles.SUCCESS);
        confirm.setTooltip(new Tooltip("Accept the suggested answer as it is (Ctrl+Enter)"));
        confirm.setOnAction(e -> confirmOrSave());
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        change.setId("change-answer");
        change.setTooltip(new Tooltip("Replace the answer, with a reason from the list and a comment"));
        change.setOnAction(e -> openChangeDialog(""));
        message.setId("walk-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox bar = new HBox(8, confirm, change, new Spacer());
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, bar, message);
    }

    /** Ctrl+Enter: saves a typed answer if there is one, else confirms the suggestion. */
    void confirmOrSave() {
        String pending = control == null ? null : control.pendingEdit();
        if (pending != null) {
            chosen(pending);
        } else if (model.canConfirmProperty().get()) {
            model.confirm();
        }
    }

    /** Saves what is typed but not yet saved before moving on; false when the reviewer cancelled a change. */
    boolean commitPending() {
        String pending = control == null ? null : control.pendingEdit();
        return pending == null || chosen(pending);
    }

    void focusAnswer() {
        if (control != null) {
            control.focus();
        }
    }

    private boolean chosen(String value) {
        switch (model.choose(value)) {
            case SAVED:
                return true;
            case NEEDS_REASON:
                return openChangeDialog(value);
            default:
                showAnswer(model.answerProperty().get());
                return false;
        }
    }

    private boolean openChangeDialog(String proposed) {
        QuestionPrompt p = model.promptProperty().get();
        if (p == null) {
            return false;
        }
        boolean changed = new OverrideDialog(getScene().getWindow(), p.question(), model.answerProperty().get(),
                model.suggestionProperty().get(), proposed).showAndWait()
                .map(c -> model.override(c.value(), c.reason(), c.comment())).orElse(false);
        if (!changed) {
            showAnswer(model.answerProperty().get());
        }
        return changed;
    }

    private void render(QuestionPrompt p) {
        prompt.getChildren().clear();
        answerBox.getChildren().clear();
        control = null;
        if (p == null) {
            return;
        }
        ChecklistQuestion q = p.question();
        Label section = new Label();
        section.textProperty().bind(model.sectionProperty());
        section.getStyleClass().addAll(Styles.TEXT_SMALL, "section-caption");
        Label position = new Label();
        position.setId("question-position");
        position.textProperty().bind(model.positionProperty());
        position.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox top = new HBox(8, section, new Spacer(), position);
        top.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(q.text());
        text.setId("question-text");
        text.setWrapText(true);
        text.getStyleClass().add(p.mode() == Walk.Mode.COUNSEL_REVIEW ? Styles.TITLE_4 : Styles.TITLE_3);
        Label id = new Label(q.id() + (q.required() ? "" : " · optional"));
        id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "question-id");
        prompt.getChildren().add(top);
        if (p.mode() == Walk.Mode.COUNSEL_REVIEW) {
            prompt.getChildren().addAll(clauses("Clauses", "No catalogued clause carries this question's tags."),
                    text, id);
        } else {
            prompt.getChildren().addAll(text, id);
            if (!q.hint().isEmpty()) {
                Label hint = new Label(q.hint());
                hint.setId("question-hint");
                hint.setWrapText(true);
                hint.getStyleClass().add("question-hint");
                prompt.getChildren().add(hint);
            }
            if (!q.example().isEmpty()) {
                Label example = new Label("Example: " + q.example());
                example.setWrapText(true);
                example.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
                prompt.getChildren().add(example);
            }
            if (!model.clauses().isEmpty()) {
                prompt.getChildren().add(clauses("What the terms say", ""));
            }
        }
        if (!model.annotations().isEmpty()) {
            prompt.getChildren().add(annotationsBox());
        }
        control = new AnswerControl(q, this::chosen, false);
        answerBox.getChildren().add(control.node());
        evidence.setText(q.evidence().isEmpty() ? "" : "Evidence to keep: " + q.evidence());
        evidence.setVisible(!q.evidence().isEmpty());
        evidence.setManaged(!q.evidence().isEmpty());
        showAnswer(model.answerProperty().get());
        showTriggers();
    }

    /** Annotations linked to this question: the passages of the terms the reviewer marked as evidence. */
    private VBox annotationsBox() {
        VBox box = new VBox(4);
        box.setId("question-annotations");
        box.getStyleClass().add("cited-clauses");
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getChildren().add(heading("Your annotations linked to this question"));
        for (String a : model.annotations()) {
            Label l = new Label(a);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private Node clauses(String title, String none) {
        VBox box = new VBox(8);
        box.setId("cited-clauses");
        box.getStyleClass().add("cited-clauses");
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getChildren().add(heading(title));
        if (model.clauses().isEmpty()) {
            Label l = new Label(none);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(l);
        }
        for (CitedClause c : model.clauses()) {
            Label cite = new Label(c.citation());
            cite.getStyleClass().addAll(Styles.TEXT_BOLD, "citation");
            cite.setWrapText(true);
            Label confidence = new Label(c.confidence().id());
            confidence.getStyleClass().addAll("confidence-badge", "confidence-" + c.confidence().id());
            confidence.setTooltip(new Tooltip(c.confidence().isVerified() ? "Read in the clause text"
                    : "Not read in the clause text: check it before relying on it"));
            HBox head = new HBox(8, cite, confidence);
            head.setAlignment(Pos.CENTER_LEFT);
            Label paraphrase = new Label(c.paraphrase());
            paraphrase.setWrapText(true);
            VBox one = new VBox(3, head, paraphrase);
            if (!c.quote().isEmpty()) {
                Label quote = new Label("“" + c.quote() + "”");
                quote.setWrapText(true);
                quote.getStyleClass().addAll(Styles.TEXT_ITALIC, Styles.TEXT_MUTED);
                one.getChildren().add(quote);
            }
            box.getChildren().add(one);
        }
        return box;
    }

    private void showAnswer(ChecklistAnswer a) {
        QuestionPrompt p = model.promptProperty().get();
        if (p == null || control == null) {
            return;
        }
        control.show(a == null ? "" : a.answer());
        status.getStyleClass().removeIf(c -> c.startsWith("answer-status-"));
        status.getStyleClass().add("answer-status");
        String kind = a == null ? "none" : a.status().id();
        status.getStyleClass().add("answer-status-" + kind);
        status.setText(a == null ? "not answered" : a.status().id());
        statusText.setText(WalkViewModel.statusText(a));
        String suggested = model.suggestionProperty().get();
        boolean differs = a != null && !suggested.isEmpty() && !suggested.equals(a.answer());
        suggestionNote.setText(differs ? "The tool suggested: " + WalkViewModel.display(p.question(), suggested) : "");
        suggestionNote.setVisible(differs);
        suggestionNote.setManaged(differs);
        change.setDisable(a == null && suggested.isEmpty());
        comment.setDisable(a == null);
    }

    private void showTriggers() {
        QuestionPrompt p = model.promptProperty().get();
        lawyer.getChildren().clear();
        boolean show = p != null && p.mode() == Walk.Mode.SELF_ASSESSMENT && !model.askALawyer().isEmpty();
        if (show) {
            Label title = new Label("Ask a lawyer");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            lawyer.getChildren().add(title);
            for (String t : model.askALawyer()) {
                Label l = new Label("• " + t);
                l.setWrapText(true);
                lawyer.getChildren().add(l);
            }
        }
        lawyer.setVisible(show);
        lawyer.setManaged(show);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_BOLD);
        return l;
    }
}
