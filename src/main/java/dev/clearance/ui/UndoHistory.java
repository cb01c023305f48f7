package dev.clearance.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for edits that are saved as they are made: each edit knows how to apply itself and how
 * to take itself back, both persisting at once, so undo is itself an edit and nothing waits for a save.
 */
public final class UndoHistory {
    /** One reversible, already-persisted change. */
    public interface Edit {
        /** What the edit did, for "Undo …" menu text, e.g. "change collected_on of d3". */
        String description();

        void undo();

        void redo();
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final int limit;

    public UndoHistory(int limit) {
        this.limit = limit;
    }

    /** Records an edit that has just been applied; a new edit clears what could be redone. */
    public void record(Edit edit) {
        done.push(edit);
        while (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    public void undo() {
        if (!done.isEmpty()) {
            Edit e = done.pop();
            e.undo();
            undone.push(e);
            update();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit e = undone.pop();
            e.redo();
            done.push(e);
            update();
        }
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? "Undo" : "Undo " + done.peek().description());
        redoText.set(undone.isEmpty() ? "Redo" : "Redo " + undone.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
