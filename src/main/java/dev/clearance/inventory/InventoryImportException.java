package dev.clearance.inventory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import was refused; nothing was written. Carries every problem found (errors first, at most
 * {@value ImportProblems#MAX_ERRORS} errors) so that the user can fix them all in one go.
 */
public class InventoryImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public InventoryImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public static InventoryImportException of(ImportProblem problem) {
        return new InventoryImportException(List.of(problem));
    }

    /** Errors first, then warnings, each in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    private static String summary(List<ImportProblem> problems) {
        long errors = problems.stream().filter(ImportProblem::isError).count();
        return "The import was refused (" + errors + (errors == 1 ? " error" : " errors") + "); nothing was written:\n"
                + problems.stream().filter(ImportProblem::isError).map(ImportProblem::toString)
                        .collect(Collectors.joining("\n"));
    }
}
