package dev.clearance.rules;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.checklist.AnswerStatus;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.OverrideReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Projects, datasets and reviewer answers for rule tests, with the defaults a typical startup has. */
public final class Scenarios {
    private Scenarios() {
    }

    public static ProjectSettings project(Purpose purpose, Distribution distribution) {
        return new ProjectSettings("Acme", "acme-assist-7b", purpose, distribution, true, 50_000L, List.of("US"));
    }

    public static ProjectSettings nonCommercial(Purpose purpose, Distribution distribution) {
        return new ProjectSettings("Acme Lab", "acme-lab", purpose, distribution, false, null, List.of("US"));
    }

    public static ProjectSettings named(ProjectSettings p, String modelName) {
        return new ProjectSettings(p.name(), modelName, p.purpose(), p.distribution(), p.commercial(), p.expectedMau(),
                p.regions());
    }

    public static ProjectSettings withMau(ProjectSettings p, Long mau) {
        return new ProjectSettings(p.name(), p.modelName(), p.purpose(), p.distribution(), p.commercial(), mau,
                p.regions());
    }

    public static ProjectSettings inRegions(ProjectSettings p, String... regions) {
        return new ProjectSettings(p.name(), p.modelName(), p.purpose(), p.distribution(), p.commercial(),
                p.expectedMau(), List.of(regions));
    }

    /** Synthetic data generated on 2026-02-01 via the API, used as given (";"-separated uses). */
    public static Dataset synthetic(String uses) {
        return new Dataset("d1", "Support dialogues", SourceType.SYNTHETIC, "some-model", "", "api",
                LocalDate.of(2026, 2, 1), "", Arrays.asList(uses.split(";")), 10_000L, "", "", "", false);
    }

    public static Dataset synthetic(String model, String access, LocalDate collectedOn) {
        return new Dataset("d1", "Support dialogues", SourceType.SYNTHETIC, model, "", access, collectedOn, "",
                List.of("fine-tuning"), 10_000L, "", "", "", false);
    }

    public static Dataset humanData(SourceType type, String licence) {
        return new Dataset("h1", "Forum answers", type, "", "", "", null, licence, List.of("fine-tuning"), 5_000L,
                "", "", "", false);
    }

    public static ChecklistAnswer confirmed(String questionId, String answer) {
        return new ChecklistAnswer(questionId, answer, AnswerStatus.CONFIRMED, null, "", "counsel@acme",
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    public static ChecklistAnswer overridden(String questionId, String answer, OverrideReason reason, String comment) {
        return new ChecklistAnswer(questionId, answer, AnswerStatus.OVERRIDDEN, reason, comment, "counsel@acme",
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    public static ChecklistAnswer suggested(String questionId, String answer) {
        return new ChecklistAnswer(questionId, answer, AnswerStatus.SUGGESTED, null, "", "",
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    public static ReviewerAnswers answers(ChecklistAnswer... answers) {
        return ReviewerAnswers.of(List.of(answers));
    }

    public static RuleInput input(ProjectSettings project, Dataset dataset, GoverningTerms... terms) {
        return RuleInput.of(project, dataset, List.of(terms));
    }

    public static RuleInput input(ProjectSettings project, Dataset dataset, ReviewerAnswers answers,
                                  GoverningTerms... terms) {
        return new RuleInput(project, dataset, List.of(terms), List.of(), answers);
    }
}
