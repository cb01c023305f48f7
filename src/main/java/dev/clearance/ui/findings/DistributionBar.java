package dev.clearance.ui.findings;

import dev.clearance.domain.RiskLevel;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A bar split by level in proportion to the number of datasets at each: the project's risk at a glance. */
final class DistributionBar extends HBox {
    private final List<RiskLevel> order;

    DistributionBar(List<RiskLevel> order) {
        this.order = order;
        setId("risk-distribution");
        getStyleClass().add("risk-distribution");
        setMinHeight(14);
        setPrefHeight(14);
        setMaxHeight(14);
    }

    void show(Map<RiskLevel, Integer> counts) {
        getChildren().clear();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        for (RiskLevel level : order) {
            int n = counts.getOrDefault(level, 0);
            if (n == 0) {
                continue;
            }
            Region part = new Region();
            part.getStyleClass().addAll("distribution-part", "level-" + level.id());
            // Width by share; HBox grows parts by their preferred widths.
            part.setPrefWidth(1000.0 * n / total);
            part.setMinWidth(6);
            HBox.setHgrow(part, Priority.ALWAYS);
            Tooltip.install(part, new Tooltip(n + (n == 1 ? " dataset " : " datasets ") + level.id()));
            getChildren().add(part);
        }
    }
}
