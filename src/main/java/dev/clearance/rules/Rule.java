package dev.clearance.rules;

/**
 * A risk rule: a named policy that looks at one dataset and returns findings with reasons (and the
 * obligations they create), or nothing when it does not apply. Rules are pure functions of their input.
 */
public interface Rule {
    /** The class of findings the rule reaches, kebab case; findings may use more specific ids. */
    String id();

    RuleOutcome evaluate(RuleInput input);
}
