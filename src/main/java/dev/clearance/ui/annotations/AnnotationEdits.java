package dev.clearance.ui.annotations;

import dev.clearance.annotation.AnnotationService;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.ui.UndoHistory;
import java.util.List;

/**
 * The reviewer's changes to annotations, each saved at once and recorded in the workbench's undo history:
 * undoing a creation deletes, undoing a deletion restores the annotation exactly as it was, undoing an edit
 * or a confirmation puts the earlier annotation back.
 */
final class AnnotationEdits {
    private final AnnotationService service;
    private final UndoHistory history;
    private final Runnable changed;

    /**
     * @param changed told after every change, including undo and redo
     */
    AnnotationEdits(AnnotationService service, UndoHistory history, Runnable changed) {
        this.service = service;
        this.history = history;
        this.changed = changed;
    }

    Annotation created(Annotation created) {
        history.record(new UndoHistory.Edit() {
            @Override
            public String description() {
                return "annotation \"" + excerpt(created) + "\"";
            }

            @Override
            public void undo() {
                service.delete(created.id());
                changed.run();
            }

            @Override
            public void redo() {
                service.restore(created);
                changed.run();
            }
        });
        changed.run();
        return created;
    }

    Annotation edit(Annotation before, Tag tag, String comment, List<String> links) {
        Annotation after = service.edit(before.id(), tag, comment, links);
        history.record(replacement("edit of annotation \"" + excerpt(before) + "\"", before, after));
        changed.run();
        return after;
    }

    Annotation confirm(Annotation before) {
        Annotation after = service.confirm(before.id());
        history.record(replacement("confirmation of \"" + excerpt(before) + "\"", before, after));
        changed.run();
        return after;
    }

    void delete(Annotation annotation) {
        Annotation deleted = service.delete(annotation.id());
        history.record(new UndoHistory.Edit() {
            @Override
            public String description() {
                return "deletion of \"" + excerpt(deleted) + "\"";
            }

            @Override
            public void undo() {
                service.restore(deleted);
                changed.run();
            }

            @Override
            public void redo() {
                service.delete(deleted.id());
                changed.run();
            }
        });
        changed.run();
    }

    /** Swaps one stored state of an annotation for another, exactly (timestamps, status and old text included). */
    private UndoHistory.Edit replacement(String description, Annotation before, Annotation after) {
        return new UndoHistory.Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                put(before);
            }

            @Override
            public void redo() {
                put(after);
            }
        };
    }

    private void put(Annotation state) {
        service.importAll(state.projectId(), List.of(state)); // replaces by id in one transaction
        changed.run();
    }

    private static String excerpt(Annotation a) {
        return Excerpt.of(a.exact().isEmpty() && a.previous() != null ? a.previous().exact() : a.exact(), 32);
    }
}
