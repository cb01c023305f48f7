package dev.clearance.inventory;

/**
 * One thing wrong with an inventory or project file, for people: where, what, and what to do.
 * Errors refuse the whole import; warnings are shown and do not block it.
 *
 * @param hint what the user can do about it; "" when the message says it all
 */
public record ImportProblem(Severity severity, SourceLocation at, String message, String hint) {
    public enum Severity { ERROR, WARNING }

    public ImportProblem {
        hint = hint == null ? "" : hint;
    }

    public static ImportProblem error(SourceLocation at, String message, String hint) {
        return new ImportProblem(Severity.ERROR, at, message, hint);
    }

    public static ImportProblem warning(SourceLocation at, String message, String hint) {
        return new ImportProblem(Severity.WARNING, at, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String file() {
        return at.file();
    }

    public long line() {
        return at.line();
    }

    public String field() {
        return at.field();
    }

    /** {@code inventory.csv:14:collected_on: "2024-13-01" is not a date (YYYY-MM-DD). Hint: …} */
    @Override
    public String toString() {
        return at + ": " + message + (hint.isEmpty() ? "" : " Hint: " + hint);
    }
}
