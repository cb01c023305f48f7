package dev.clearance.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.clearance.checklist.AnswerType;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.checklist.Choice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The input for one question, by answer type: yes / no / unsure / n.a. buttons (keys 1-4), a list of
 * choices (keys 1-9), a text field (Enter saves) or a date. It reports what the reviewer picks and shows
 * what is stored; it decides nothing itself.
 */
final class AnswerControl {
    private static final String WAS_SELECTED = "answer-control.was-selected";
    private static final List<String> YES_NO_LABELS = List.of("Yes", "No", "Unsure", "N/A");

    private final ChecklistQuestion question;
    private final Consumer<String> chosen;
    private final boolean live;
    private final Pane node;
    private final ToggleGroup group = new ToggleGroup();
    private final List<Toggle> toggles = new ArrayList<>();
    private TextField text;
    private DatePicker date;
    private String shown = "";
    private boolean updating;

    /**
     * @param chosen receives each value the reviewer picks or commits
     * @param live   report text as it is typed (in a dialog that saves on its own button) instead of on Enter
     */
    AnswerControl(ChecklistQuestion question, Consumer<String> chosen, boolean live) {
        this.question = question;
        this.chosen = chosen;
        this.live = live;
        this.node = switch (question.answerType()) {
            case YES_NO -> yesNo();
            case CHOICE -> choices();
            case TEXT -> textField();
            case DATE -> datePicker();
        };
        node.setId("answer-control");
        node.getStyleClass().add("answer-control");
    }

    Node node() {
        return node;
    }

    /** Shows the stored answer ("" for none) without reporting it as a choice. */
    void show(String value) {
        shown = value == null ? "" : value;
        updating = true;
        try {
            switch (question.answerType()) {
                case YES_NO, CHOICE -> group.selectToggle(toggles.stream()
                        .filter(t -> shown.equals(t.getUserData())).findFirst().orElse(null));
                case TEXT -> text.setText(shown);
                case DATE -> date.setValue(parseDate(shown));
            }
        } finally {
            updating = false;
        }
    }

    /** The value typed but not yet saved (text and date only); null when there is none. */
    String pendingEdit() {
        String value = switch (question.answerType()) {
            case TEXT -> text.getText() == null ? "" : text.getText().strip();
            case DATE -> date.getEditor().getText() == null ? "" : date.getEditor().getText().strip();
            default -> shown;
        };
        return value.equals(shown) || value.isEmpty() ? null : value;
    }

    void focus() {
        switch (question.answerType()) {
            case YES_NO, CHOICE -> toggles.stream().filter(Toggle::isSelected).findFirst().or(() -> toggles.stream()
                    .findFirst()).ifPresent(t -> ((Node) t).requestFocus());
            case TEXT -> text.requestFocus();
            case DATE -> date.getEditor().requestFocus();
        }
    }

    private Pane yesNo() {
        HBox box = new HBox(6);
        for (int i = 0; i < AnswerType.YES_NO_VALUES.size(); i++) {
            String value = AnswerType.YES_NO_VALUES.get(i);
            ToggleButton b = new ToggleButton(YES_NO_LABELS.get(i));
            b.setId("answer-" + (value.equals("n.a.") ? "na" : value));
            b.setUserData(value);
            b.setToggleGroup(group);
            b.setMinWidth(84);
            b.setTooltip(new Tooltip(YES_NO_LABELS.get(i) + " (key " + (i + 1) + ")"));
            b.setOnAction(e -> pick(value));
            toggles.add(b);
            box.getChildren().add(b);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::numberKey);
        return box;
    }

    private Pane choices() {
        VBox box = new VBox(6);
        int n = 1;
        for (Choice c : question.choices()) {
            RadioButton r = new RadioButton((n <= 9 ? n + "  " : "") + c.label());
            r.setId("answer-" + c.id());
            r.setUserData(c.id());
            r.setToggleGroup(group);
            r.setMnemonicParsing(false);
            r.setOnAction(e -> pick(c.id()));
            // A radio button already selected fires nothing when clicked; clicking the suggested choice confirms it.
            r.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> r.getProperties().put(WAS_SELECTED, r.isSelected()));
            r.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (Boolean.TRUE.equals(r.getProperties().remove(WAS_SELECTED))) {
                    pick(c.id());
                }
            });
            toggles.add(r);
            box.getChildren().add(r);
            n++;
        }
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::numberKey);
        return box;
    }

    /** Keys 1-9 pick the n-th option while the control has focus. */
    private void numberKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || !e.getCode().isDigitKey()) {
            return;
        }
        String digit = e.getText().isEmpty() ? e.getCode().getName().replaceAll("\\D", "") : e.getText();
        int index;
        try {
            index = Integer.parseInt(digit) - 1;
        } catch (NumberFormatException ex) {
            return;
        }
        if (index >= 0 && index < toggles.size()) {
            Toggle t = toggles.get(index);
            ((Node) t).requestFocus();
            group.selectToggle(t);
            pick((String) t.getUserData());
            e.consume();
        }
    }

    private void pick(String value) {
        if (updating) {
            return;
        }
        // A toggle clicked twice would deselect itself: keep the stored answer visible until the model says otherwise.
        show(shown);
        chosen.accept(value);
    }

    private Pane textField() {
        text = new TextField();
        text.setId("answer-text");
        text.setPromptText("Type the answer, then press Enter");
        if (live) {
            text.setPromptText("Type the new answer");
            text.textProperty().addListener((o, a, b) -> {
                if (!updating) {
                    chosen.accept(b == null ? "" : b);
                }
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            return new HBox(text);
        }
        text.setOnAction(e -> commitText());
        Button save = new Button("Save answer");
        save.setId("save-text-answer");
        save.getStyleClass().add(Styles.FLAT);
        save.setOnAction(e -> commitText());
        save.setDisable(true);
        text.textProperty().addListener((o, a, b) -> save.setDisable(b == null || b.strip().isEmpty()
                || b.strip().equals(shown)));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, save);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void commitText() {
        String value = text.getText() == null ? "" : text.getText().strip();
        if (!updating && !value.equals(shown)) {
            chosen.accept(value);
        }
    }

    private Pane datePicker() {
        date = new DatePicker();
        date.setId("answer-date");
        date.setEditable(true);
        date.setPromptText("YYYY-MM-DD");
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s);
            }
        });
        date.valueProperty().addListener((o, a, d) -> {
            if (!updating && d != null && !d.toString().equals(shown)) {
                chosen.accept(d.toString());
            }
        });
        HBox box = new HBox(8, date);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
