package dev.clearance.annotation;

import dev.clearance.domain.annotation.Annotation;

import java.util.List;

/**
 * What reading (or importing) an annotations file did: the annotations taken, those refused because they cannot be
 * anchored on a stored text (each with its JSON path and why), and notes on what was taken but read loosely (a
 * position that did not hold the quote, a date that was not a date, a second vocabulary tag dropped …).
 */
public record ImportReport(List<Annotation> imported, List<Problem> refused, List<Problem> notes) {
    /** One finding about one place in the file. */
    public record Problem(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    public ImportReport {
        imported = List.copyOf(imported);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    /** True when something was refused and nothing was taken: the file as a whole failed. */
    public boolean nothingImported() {
        return imported.isEmpty() && !refused.isEmpty();
    }
}
