package dev.clearance.inventory;

import static dev.clearance.inventory.InventoryColumns.ACCESS;
import static dev.clearance.inventory.InventoryColumns.COLLECTED_ON;
import static dev.clearance.inventory.InventoryColumns.GENERATOR_MODEL;
import static dev.clearance.inventory.InventoryColumns.GENERATOR_PROVIDER;
import static dev.clearance.inventory.InventoryColumns.ID;
import static dev.clearance.inventory.InventoryColumns.LICENSE;
import static dev.clearance.inventory.InventoryColumns.NAME;
import static dev.clearance.inventory.InventoryColumns.NOTES;
import static dev.clearance.inventory.InventoryColumns.OWNER;
import static dev.clearance.inventory.InventoryColumns.RECORDS;
import static dev.clearance.inventory.InventoryColumns.SOURCE_TYPE;
import static dev.clearance.inventory.InventoryColumns.TERMS;
import static dev.clearance.inventory.InventoryColumns.USES;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one inventory row against the contract and turns it into a {@link Dataset}. Every problem
 * of the row is reported, not just the first; a row with an error yields no dataset.
 */
final class DatasetRowValidator {
    static final List<String> ACCESS_CHANNELS = List.of("api", "weights", "app", "cloud:azure", "cloud:vertex", "cloud:bedrock");
    static final List<String> USES_ALLOWED = List.of("pretraining", "fine-tuning", "preference", "evaluation",
            "distillation", "classifier", "embedding");
    // Exact spellings are looked up first: a million-row import should not normalise a million words.
    private static final Set<String> ACCESS_EXACT = Set.copyOf(ACCESS_CHANNELS);
    private static final Set<String> USES_EXACT = Set.copyOf(USES_ALLOWED);
    private static final Map<String, SourceType> SOURCE_TYPES_EXACT = Arrays.stream(SourceType.values())
            .collect(Collectors.toUnmodifiableMap(SourceType::id, t -> t));
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TERMS_OVERRIDE = Pattern.compile("[a-z0-9][a-z0-9._-]*@\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final ImportProblems problems;
    /** No dataset was collected earlier; an earlier date is a typo (and dates before 1583 do not survive storage). */
    static final LocalDate EARLIEST_COLLECTED_ON = LocalDate.of(1900, 1, 1);

    private final LocalDate today;
    private final Set<String> unknownFieldsReported = new HashSet<>();

    DatasetRowValidator(ImportProblems problems, LocalDate today) {
        this.problems = problems;
        this.today = today;
    }

    /** The dataset the row describes, or null when the row has errors (all of them reported). */
    Dataset validate(RawRow row) {
        long errorsBefore = problems.errorCount();
        reportUnknownFields(row);
        String id = requiredText(row, ID, "Give every dataset a short unique id, e.g. d1 or support-chats-2024.");
        checkId(row, id);
        String name = requiredText(row, NAME, "Name the dataset the way your team knows it.");
        SourceType sourceType = sourceType(row);
        String generatorModel = text(row, GENERATOR_MODEL);
        String access = access(row);
        LocalDate collectedOn = date(row);
        String license = text(row, LICENSE);
        List<String> uses = uses(row);
        Long records = records(row);
        String terms = terms(row);
        String provider = text(row, GENERATOR_PROVIDER).toLowerCase(Locale.ROOT);
        String owner = text(row, OWNER);
        String notes = text(row, NOTES);

        if (sourceType != null && sourceType.isModelGenerated()) {
            String kind = sourceType.id();
            if (generatorModel.isBlank()) {
                problems.error(row.locate(GENERATOR_MODEL), "A " + kind + " dataset needs generator_model: which model produced it.",
                        "Use the model name as your team knows it, e.g. gpt-4o-2024-08-06 or Llama-3.1-70B-Instruct.");
            }
            if (access.isBlank() && row.get(ACCESS).isBlank()) {
                problems.error(row.locate(ACCESS), "A " + kind + " dataset needs access: how the model was used.",
                        "One of " + String.join(", ", ACCESS_CHANNELS) + " (api = the provider's API, weights = self-hosted).");
            }
            if (collectedOn == null && row.get(COLLECTED_ON).isBlank()) {
                problems.warning(row.locate(COLLECTED_ON), "No collected_on date: the version of the provider's terms "
                        + "in force when the outputs were generated cannot be chosen.",
                        "Add the day (YYYY-MM-DD) the outputs were generated; the review will otherwise assume the latest terms.");
            }
        } else if (sourceType != null && license.isBlank()) {
            problems.error(row.locate(LICENSE), "A " + sourceType.id() + " dataset needs a license.",
                    "Use an SPDX id such as CC-BY-4.0, or a licence name; \"proprietary\" for data you own outright.");
        }
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        return new Dataset(id, name, sourceType, generatorModel, provider, access, collectedOn, license, uses,
                records, terms, owner, notes, false);
    }

    private void reportUnknownFields(RawRow row) {
        for (String field : row.names()) {
            if (!InventoryColumns.KNOWN.contains(field) && unknownFieldsReported.add(field)) {
                problems.warning(row.locate(field), "\"" + field + "\" is not part of the inventory contract; it is ignored"
                        + " (reported once).", "Known fields: " + String.join(", ", InventoryColumns.ALL) + ".");
            }
        }
    }

    private void checkId(RawRow row, String id) {
        if (id.length() > InputLimits.MAX_ID_CHARS) {
            problems.error(row.locate(ID), "The id is " + id.length() + " characters long; at most "
                    + InputLimits.MAX_ID_CHARS + " are allowed.", "Use a short id and put the description in name or notes.");
        } else if (id.chars().anyMatch(Character::isISOControl)) {
            problems.error(row.locate(ID), "The id contains a control character (tab, line break …).",
                    "Ids are matched on re-import: keep them to visible characters.");
        }
    }

    private SourceType sourceType(RawRow row) {
        String text = requiredText(row, SOURCE_TYPE, "One of " + String.join(", ", SourceType.ids()) + ".");
        if (text.isEmpty()) {
            return null;
        }
        SourceType exact = SOURCE_TYPES_EXACT.get(text);
        if (exact != null) {
            return exact;
        }
        return SourceType.parse(text).orElseGet(() -> {
            problems.error(row.locate(SOURCE_TYPE), row.get(SOURCE_TYPE).shown() + " is not a source_type.",
                    "One of " + String.join(", ", SourceType.ids()) + ".");
            return null;
        });
    }

    private String access(RawRow row) {
        String text = text(row, ACCESS);
        if (text.isEmpty() || ACCESS_EXACT.contains(text)) {
            return text;
        }
        text = text.toLowerCase(Locale.ROOT).replace(" ", "");
        if (!ACCESS_EXACT.contains(text)) {
            problems.error(row.locate(ACCESS), row.get(ACCESS).shown() + " is not an access channel.",
                    "One of " + String.join(", ", ACCESS_CHANNELS) + ".");
            return "";
        }
        return text;
    }

    private LocalDate date(RawRow row) {
        String text = text(row, COLLECTED_ON);
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO_DATE);
            if (date.isAfter(today)) {
                problems.error(row.locate(COLLECTED_ON), "\"" + text + "\" is in the future.",
                        "collected_on is the day the outputs were generated.");
                return null;
            }
            if (date.isBefore(EARLIEST_COLLECTED_ON)) {
                problems.error(row.locate(COLLECTED_ON), "\"" + text + "\" is before " + EARLIEST_COLLECTED_ON + ".",
                        "collected_on is the day the outputs were generated: a date from " + EARLIEST_COLLECTED_ON
                                + " to today.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.error(row.locate(COLLECTED_ON), row.get(COLLECTED_ON).shown() + " is not a date (YYYY-MM-DD).",
                    "Write the day the outputs were generated as year-month-day, e.g. 2024-11-05.");
            return null;
        }
    }

    private List<String> uses(RawRow row) {
        RawValue value = row.get(USES);
        List<String> items = new ArrayList<>();
        if (value.kind() == RawValue.Kind.LIST) {
            items.addAll(value.items());
        } else if (value.kind() == RawValue.Kind.TEXT) {
            items.addAll(List.of(value.text().split(";")));
        } else if (!value.isBlank()) {
            typeError(value, "text such as \"fine-tuning;evaluation\" or a list");
            return List.of();
        }
        List<String> uses = new ArrayList<>();
        for (String item : items) {
            String use = USES_EXACT.contains(item) ? item : item.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (use.isEmpty()) {
                continue;
            }
            if (!USES_EXACT.contains(use)) {
                problems.error(value.at(), "\"" + item.strip() + "\" is not a use.",
                        "Uses are separated by \";\" and each is one of " + String.join(", ", USES_ALLOWED) + ".");
            } else if (!uses.contains(use)) {
                uses.add(use);
            }
        }
        return uses;
    }

    private Long records(RawRow row) {
        RawValue value = row.get(RECORDS);
        if (value.isBlank()) {
            return null;
        }
        if (value.kind() != RawValue.Kind.TEXT && value.kind() != RawValue.Kind.NUMBER) {
            typeError(value, "a whole number");
            return null;
        }
        String text = value.text().strip();
        if (text.startsWith("-")) {
            problems.error(value.at(), value.shown() + " is negative; records counts what the dataset holds.",
                    "Write 0 or more, or leave it empty when not known.");
            return null;
        }
        if (!DIGITS.matcher(text).matches()) {
            problems.error(value.at(), value.shown() + " is not a whole number.",
                    "Write digits only, without separators or units: 120000, not 120,000 or 120k.");
            return null;
        }
        return Long.parseLong(text);
    }

    private String terms(RawRow row) {
        String text = text(row, TERMS);
        if (text.isEmpty()) {
            return "";
        }
        boolean dateOk = false;
        if (TERMS_OVERRIDE.matcher(text).matches()) {
            try {
                LocalDate.parse(text.substring(text.indexOf('@') + 1), ISO_DATE);
                dateOk = true;
            } catch (DateTimeParseException e) {
                dateOk = false;
            }
        }
        if (!dateOk) {
            problems.error(row.locate(TERMS), row.get(TERMS).shown() + " is not a terms override.",
                    "Write document-id@YYYY-MM-DD, e.g. openai-services-agreement@2026-01-01.");
            return "";
        }
        return text;
    }

    private String requiredText(RawRow row, String field, String hint) {
        RawValue value = row.get(field);
        if (value.isBlank()) {
            problems.error(row.locate(field), "The required field " + field + " is empty.", hint);
            return "";
        }
        return text(row, field);
    }

    /** A scalar as text; lists and objects are type errors. */
    private String text(RawRow row, String field) {
        RawValue value = row.get(field);
        switch (value.kind()) {
            case TEXT, NUMBER, BOOLEAN -> {
                warnIfFormula(value);
                return value.text().strip();
            }
            case NULL -> {
                return "";
            }
            default -> {
                typeError(value, "text");
                return "";
            }
        }
    }

    private void typeError(RawValue value, String expected) {
        problems.error(value.at(), "Found " + value.kind().description() + " where " + expected + " belongs.",
                "See the inventory contract for the type of each field.");
    }

    /** Text starting with = + @ is how spreadsheet formula injection looks; kept, but said out loud. */
    private void warnIfFormula(RawValue value) {
        String t = value.text().stripLeading();
        if (value.kind() == RawValue.Kind.TEXT && !t.isEmpty() && "=+@".indexOf(t.charAt(0)) >= 0) {
            problems.warning(value.at(), value.shown() + " looks like a spreadsheet formula; it is kept as plain text.",
                    "CSV exports prefix such values with ' so that spreadsheets do not run them.");
        }
    }
}
