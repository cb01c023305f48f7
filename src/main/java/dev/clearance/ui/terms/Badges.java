package dev.clearance.ui.terms;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.Tag;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The small labelled badges of the terms area; clearance.css colours them ("Terms browser"). */
final class Badges {
    /** Tags that forbid a use of outputs. */
    private static final Set<Tag> RESTRICTIONS = EnumSet.of(Tag.COMPETING_MODEL_BAN, Tag.ANY_MODEL_BAN,
            Tag.NON_COMMERCIAL, Tag.REVERSE_ENGINEERING, Tag.SCRAPING);
    /** Tags that allow a use of outputs. */
    private static final Set<Tag> PERMISSIONS = EnumSet.of(Tag.OUTPUT_USE_PERMITTED, Tag.PERMITTED_EXCEPTION);

    private Badges() {
    }

    static Label channel(Channel channel) {
        String text = channel == null ? "channel not given" : switch (channel) {
            case WEIGHTS -> "weights";
            case API -> "API";
            case APP -> "app";
            case CLOUD -> "cloud";
            case USAGE_POLICY -> "usage policy";
        };
        Label badge = badge(text, "channel-badge", "channel-" + (channel == null ? "none" : channel.id()));
        badge.setTooltip(new Tooltip(channel == null ? "The document does not say which access channel it governs"
                : "Governs outputs obtained through: " + text));
        return badge;
    }

    static Label confidence(Confidence confidence) {
        Label badge = badge(confidence.id(), "confidence-badge", "confidence-" + confidence.id());
        badge.setTooltip(new Tooltip(switch (confidence) {
            case VERIFIED -> "Read in the clause text itself";
            case SECONDHAND -> "Reported by a secondary source; not read in the clause text";
            case UNCERTAIN -> "Not verified, or an interpretation a lawyer should confirm";
        }));
        return badge;
    }

    static Label tag(Tag tag) {
        String kind = RESTRICTIONS.contains(tag) ? "tag-restriction" : PERMISSIONS.contains(tag) ? "tag-permission"
                : "tag-condition";
        return badge(tag.id(), "tag-chip", kind);
    }

    /** Marks what the user added rather than the catalog. */
    static Label yours() {
        Label badge = badge("yours", "origin-badge");
        badge.setTooltip(new Tooltip("Added by a user from a file; not reviewed by the catalog maintainers"));
        return badge;
    }

    /** Marks a version whose full text is stored, so it can be read here and compared word by word. */
    static Label fullText() {
        Label badge = badge("text", "text-badge");
        badge.setTooltip(new Tooltip("The full text of this version is stored: read it here, with the detected"
                + " clauses highlighted, and compare it word by word with another stored version"));
        return badge;
    }

    private static Label badge(String text, String... classes) {
        Label label = new Label(text);
        label.getStyleClass().add("terms-badge");
        label.getStyleClass().addAll(classes);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
