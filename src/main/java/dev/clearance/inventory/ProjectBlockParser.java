package dev.clearance.inventory;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a {@code project.yaml} (or the {@code project} block of a JSON/YAML inventory) against the contract. */
final class ProjectBlockParser {
    private static final List<String> FIELDS = List.of("name", "model_name", "purpose", "distribution", "commercial",
            "expected_mau", "regions");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,9}");

    /**
     * The project facts a file declares.
     *
     * @param name     the declared name, or empty when the file leaves it out
     * @param settings the settings, under the declared name or a placeholder until the import names it
     */
    record ProjectBlock(Optional<String> name, ProjectSettings settings) {
        ProjectSettings named(String projectName) {
            return settings.withName(projectName);
        }
    }

    private ProjectBlockParser() {
    }

    /** The block's settings, or null when it has errors (all reported). */
    static ProjectBlock parse(RawRow block, boolean nameRequired, ImportProblems problems) {
        long errorsBefore = problems.errorCount();
        for (String field : block.names()) {
            if (!FIELDS.contains(field)) {
                problems.warning(block.locate(field), "\"" + field + "\" is not a project setting; it is ignored.",
                        "Project settings: " + String.join(", ", FIELDS) + ".");
            }
        }
        String name = scalar(block, "name", problems);
        if (name.isEmpty() && nameRequired) {
            problems.error(block.locate("name"), "The project has no name.", "Add a line such as: name: Acme Support Assistant");
        }
        String modelName = scalar(block, "model_name", problems);
        Purpose purpose = choice(block, "purpose", Purpose.ids(), problems).flatMap(Purpose::parse).orElse(Purpose.OTHER);
        Distribution distribution = choice(block, "distribution", Distribution.ids(), problems)
                .flatMap(Distribution::parse).orElse(Distribution.INTERNAL);
        boolean commercial = bool(block, "commercial", problems);
        Long mau = count(block, "expected_mau", problems);
        List<String> regions = regions(block, problems);
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        ProjectSettings settings = new ProjectSettings(name.isEmpty() ? "unnamed" : name, modelName, purpose,
                distribution, commercial, mau, regions);
        return new ProjectBlock(name.isEmpty() ? Optional.empty() : Optional.of(name), settings);
    }

    private static String scalar(RawRow block, String field, ImportProblems problems) {
        RawValue v = block.get(field);
        return switch (v.kind()) {
            case TEXT, NUMBER, BOOLEAN -> v.text().strip();
            case NULL -> "";
            default -> {
                problems.error(v.at(), "Found " + v.kind().description() + " where text belongs.", "");
                yield "";
            }
        };
    }

    private static Optional<String> choice(RawRow block, String field, List<String> allowed, ImportProblems problems) {
        String text = scalar(block, field, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String wanted = text.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (!allowed.contains(wanted)) {
            problems.error(block.locate(field), "\"" + text + "\" is not a " + field + ".",
                    "One of " + String.join(", ", allowed) + ".");
            return Optional.empty();
        }
        return Optional.of(wanted);
    }

    private static boolean bool(RawRow block, String field, ImportProblems problems) {
        RawValue v = block.get(field);
        if (v.isBlank()) {
            return false;
        }
        String t = v.text().strip().toLowerCase(Locale.ROOT);
        if ((v.kind() == RawValue.Kind.BOOLEAN || v.kind() == RawValue.Kind.TEXT) && (t.equals("true") || t.equals("false"))) {
            return t.equals("true");
        }
        problems.error(v.at(), v.shown() + " is not true or false.", "Write commercial: true or commercial: false.");
        return false;
    }

    private static Long count(RawRow block, String field, ImportProblems problems) {
        RawValue v = block.get(field);
        if (v.isBlank()) {
            return null;
        }
        String t = v.text().strip();
        if ((v.kind() == RawValue.Kind.NUMBER || v.kind() == RawValue.Kind.TEXT) && DIGITS.matcher(t).matches()) {
            return Long.parseLong(t);
        }
        problems.error(v.at(), v.shown() + " is not a whole number of 0 or more.",
                "Write digits only, e.g. expected_mau: 50000.");
        return null;
    }

    private static List<String> regions(RawRow block, ImportProblems problems) {
        RawValue v = block.get("regions");
        List<String> items = switch (v.kind()) {
            case LIST -> v.items();
            case TEXT -> List.of(v.text().split("[,;]"));
            case NULL -> List.of();
            default -> {
                problems.error(v.at(), "Found " + v.kind().description() + " where a list of regions belongs.",
                        "Write regions: [US, EU].");
                yield List.of();
            }
        };
        List<String> regions = new ArrayList<>();
        for (String item : items) {
            String region = item.strip().toUpperCase(Locale.ROOT);
            if (region.isEmpty()) {
                continue;
            }
            if (!REGION.matcher(region).matches()) {
                problems.error(v.at(), "\"" + item.strip() + "\" is not a region code.", "Use codes such as US, EU, UK, JP.");
            } else if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        return regions;
    }
}
