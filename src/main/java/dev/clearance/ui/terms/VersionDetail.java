package dev.clearance.ui.terms;

import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.StoredClause;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.VersionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version as the detail pane shows it: dates, confidence, clauses, and the full text: the one a user
 * stored, else the recorded text the catalog ships, in which each catalog clause's quote is highlighted.
 */
public record VersionDetail(TermsDocument document, TermsVersion version, Optional<StoredVersion> stored,
                            Optional<String> text) {

    public VersionDetail(TermsDocument document, TermsVersion version, Optional<StoredVersion> stored) {
        this(document, version, stored, stored.map(StoredVersion::fullText).filter(t -> !t.isEmpty()));
    }

    static VersionDetail of(VersionView view) {
        return new VersionDetail(view.document(), view.version(), view.stored(), view.fullText());
    }

    /** True when the text shown is a user's stored text, whose clauses are the detector's findings. */
    public boolean showsStoredText() {
        return stored.isPresent() && !stored.get().fullText().isEmpty();
    }

    /** Where the text comes from, for the pane's caption; "" without a text. */
    public String textOrigin() {
        if (text.isEmpty()) {
            return "";
        }
        if (showsStoredText()) {
            return "Text you added" + (stored.get().sourceFile().isEmpty() ? "" : " from " + stored.get().sourceFile());
        }
        return version.provenance().map(p -> "Recorded text: " + p.describe()).orElse("Recorded text");
    }

    public Confidence confidence() {
        return version.confidence();
    }

    /** "2023-11-14 to 2024-01-30", "2025-05-31 to now", or the fixed-licence wording. */
    public String inForce() {
        String range = version.effectiveOn() + " to " + (version.inForceUntil() == null ? "now" : version.inForceUntil());
        return document.timeless() ? "Fixed licence text: applies whatever the date" : "In force " + range;
    }

    /** What the version's date rests on, when it is not simply the effective date; "" otherwise. */
    public String dateCaveat() {
        List<String> parts = new ArrayList<>();
        String basis = switch (version.dateBasis()) {
            case "effective" -> "";
            case "published" -> "Approximate date: the publication date, not a stated effective date";
            case "recorded" -> "Approximate date: the text states no effective date; this is the day it was first"
                    + " recorded, and it may have applied earlier";
            case "month-only" -> "only the month is known";
            case "first-catalogued-use" -> "the date is the first use we catalogued, not a stated effective date";
            case "undated" -> "the text is undated";
            default -> "date basis: " + version.dateBasis();
        };
        if (!basis.isEmpty()) {
            parts.add(basis);
        }
        if (version.publishedOn() != null) {
            parts.add((parts.isEmpty() ? "Published " : "published ") + version.publishedOn());
        }
        return String.join(" · ", parts);
    }

    /**
     * The notice shown on versions whose facts or clauses are not verified; "" when all is verified.
     * It lists what is not verified, as the CLI and resolution warnings do.
     */
    public String unverifiedNotice() {
        if (version.isVerified()) {
            return "";
        }
        if (isUsersVersion()) {
            return "Unverified: added from a file and not reviewed. The clauses below were found by the detector;"
                    + " read the text before relying on them. Risk rules treat this version as unknown.";
        }
        return "Unverified: " + String.join("; ", version.unverifiedItems())
                + ". Confirm these against the live text before relying on them.";
    }

    /** True for a version a user added from a file (it has no catalogued facts). */
    public boolean isUsersVersion() {
        // The service marks versions built from a stored text this way; catalog versions keep their own notes.
        return stored.isPresent() && version.notes().startsWith("Added by a user");
    }

    /** The output-use facts the rules read, one plain sentence each, the regime first. */
    public List<String> factLines() {
        OutputUseFacts f = version.facts();
        List<String> lines = new ArrayList<>();
        lines.add("Output use: " + f.regime().id() + " (" + f.confidence().id() + ")"
                + (f.limitedToSomeOutputTypes() ? ", only for " + String.join(", ", f.outputTypes()) + " outputs" : ""));
        f.permittedExceptions().forEach(e -> lines.add("Exception " + e.id() + ": " + e.description()));
        if (f.namingPrefix() != null) {
            lines.add("A model built with it must have a name beginning \"" + f.namingPrefix() + "\"");
        }
        if (!f.attributionTexts().isEmpty()) {
            lines.add("Show " + String.join(" or ", f.attributionTexts().stream().map(a -> "\"" + a + "\"").toList()));
        }
        if (f.licenceCopyRequired()) {
            lines.add("A copy of the licence must go with the model or materials");
        }
        if (f.mauThreshold() != null) {
            lines.add(String.format(Locale.ROOT, "A separate licence is needed above %,d monthly active users",
                    f.mauThreshold()));
        }
        if (f.revenueThresholdUsd() != null) {
            lines.add(String.format(Locale.ROOT, "A separate licence is needed above USD %,d annual revenue",
                    f.revenueThresholdUsd()));
        }
        if (f.nonCommercial()) {
            lines.add("Research or non-commercial use only");
        }
        if (f.derivativesIncludeOutputTraining()) {
            lines.add("A model trained on outputs counts as a derivative");
        }
        if (f.restrictionsPassThrough()) {
            lines.add("The use restrictions must be passed on to recipients of derivatives");
        }
        if (f.authorizationRequired()) {
            lines.add("Allowed only with the provider's prior authorization");
        }
        if (f.survival() != OutputUseFacts.Survival.NOT_STATED) {
            lines.add("Survives termination: " + f.survival().id());
        }
        if (f.retentionDays() != null) {
            lines.add("Inputs and outputs kept " + f.retentionDays() + " days by default");
        }
        if (!f.excludedRegions().isEmpty()) {
            lines.add("No rights for entities in " + String.join(", ", f.excludedRegions()));
        }
        return lines;
    }

    /** The address of the live text: the version's own, else the document's; "" when none is known. */
    public String sourceUrl() {
        return version.sourceUrl().isEmpty() ? document.sourceUrl() : version.sourceUrl();
    }

    public boolean hasFullText() {
        return text.isPresent();
    }

    public String fullText() {
        return text.orElse("");
    }

    /**
     * Where the clauses are in the full text, in text order: the detector's passages in a stored text, or the
     * catalog clauses' quoted words in the recorded text; empty without a text.
     */
    public List<TextHighlight> highlights() {
        if (!hasFullText()) {
            return List.of();
        }
        if (!showsStoredText()) {
            List<TextHighlight> quoted = new ArrayList<>();
            for (int i = 0; i < version.clauses().size(); i++) {
                highlightOfClause(i).ifPresent(quoted::add);
            }
            quoted.sort(java.util.Comparator.comparingInt(TextHighlight::start));
            return quoted;
        }
        int length = fullText().length();
        List<TextHighlight> out = new ArrayList<>();
        for (StoredClause c : stored.get().clauses()) {
            if (c.startOffset() != null && c.endOffset() != null && c.startOffset() < c.endOffset()
                    && c.endOffset() <= length) {
                out.add(new TextHighlight(c.startOffset(), c.endOffset(), c.tags()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(TextHighlight::start));
        return out;
    }

    /** The highlight of the {@code index}-th clause, to scroll to it (offsets in chars of {@link #fullText()}). */
    public Optional<TextHighlight> highlightOfClause(int index) {
        if (hasFullText() && !showsStoredText()) {
            if (index < 0 || index >= version.clauses().size()) {
                return Optional.empty();
            }
            var clause = version.clauses().get(index);
            String t = fullText();
            return clause.anchored().filter(a -> a.end() <= t.codePointCount(0, t.length()))
                    .map(a -> new TextHighlight(t.offsetByCodePoints(0, a.start()), t.offsetByCodePoints(0, a.end()),
                            clause.tags()));
        }
        if (!hasFullText() || index < 0 || index >= stored.get().clauses().size()) {
            return Optional.empty();
        }
        StoredClause c = stored.get().clauses().get(index);
        return c.startOffset() == null || c.endOffset() == null ? Optional.empty()
                : Optional.of(new TextHighlight(c.startOffset(), c.endOffset(), c.tags()));
    }
}
