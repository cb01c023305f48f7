package dev.clearance.ui;

import dev.clearance.domain.RiskLevel;
import java.util.Optional;
import javafx.scene.control.Label;

/** A small coloured label for a risk level; "not assessed" when there is none yet. */
public final class RiskBadge {
    private RiskBadge() {
    }

    public static Label of(Optional<RiskLevel> level) {
        Label label = new Label();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        update(label, level);
        return label;
    }

    public static void update(Label label, Optional<RiskLevel> level) {
        label.getStyleClass().removeIf(c -> c.startsWith("risk-"));
        label.getStyleClass().add("risk-badge");
        label.setText(level.map(RiskLevel::id).orElse("not assessed"));
        label.getStyleClass().add("risk-" + level.map(RiskLevel::id).orElse("none"));
    }
}
