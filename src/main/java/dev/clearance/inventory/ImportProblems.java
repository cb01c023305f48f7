package dev.clearance.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import pass, keeping the first {@value #MAX_ERRORS} errors and
 * {@value #MAX_WARNINGS} warnings; the reader stops early once the error list is full.
 */
final class ImportProblems {
    static final int MAX_ERRORS = 100;
    static final int MAX_WARNINGS = 100;

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    void add(ImportProblem problem) {
        if (problem.isError()) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(problem);
            }
        } else {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(problem);
            }
        }
    }

    void error(SourceLocation at, String message, String hint) {
        add(ImportProblem.error(at, message, hint));
    }

    void warning(SourceLocation at, String message, String hint) {
        add(ImportProblem.warning(at, message, hint));
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    /** True once no more errors will be kept: reading further would only waste time. */
    boolean isFull() {
        return errorCount >= MAX_ERRORS;
    }

    long errorCount() {
        return errorCount;
    }

    List<ImportProblem> warnings() {
        List<ImportProblem> out = new ArrayList<>(warnings);
        if (warningCount > warnings.size()) {
            out.add(ImportProblem.warning(warnings.get(0).at().atLine(0).field(""),
                    (warningCount - warnings.size()) + " more warnings like these are not listed.", ""));
        }
        return out;
    }

    /** Throws with every kept problem when there is any error. */
    void throwIfErrors(String file) {
        if (!hasErrors()) {
            return;
        }
        List<ImportProblem> all = new ArrayList<>(errors);
        if (isFull()) {
            all.add(ImportProblem.error(SourceLocation.of(file),
                    "Stopped after " + MAX_ERRORS + " errors; there may be more.",
                    "Fix these and import again."));
        }
        all.addAll(warnings());
        throw new InventoryImportException(all);
    }
}
