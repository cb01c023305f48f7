package dev.clearance.annotation;

import java.util.List;

/**
 * An annotations file was refused whole: every problem found, each starting with its JSON path
 * ({@code $.first.items[3].target.selector[1].start: expected a whole number}).
 */
public final class AnnotationFormatException extends AnnotationInputException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public AnnotationFormatException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
