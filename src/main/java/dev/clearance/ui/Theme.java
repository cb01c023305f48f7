package dev.clearance.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark looks: AtlantaFX Primer as the base, our own stylesheet on top. */
public enum Theme {
    LIGHT, DARK;

    static final String SETTING = "ui.theme";

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String own = stylesheet();
        if (!scene.getStylesheets().contains(own)) {
            scene.getStylesheets().add(own);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }

    static Theme parse(String text) {
        return "dark".equalsIgnoreCase(text) ? DARK : LIGHT;
    }

    /** Our stylesheet; a missing resource is a packaging bug, so fail at once. */
    static String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource("/assets/css/clearance.css"),
                "assets/css/clearance.css is missing from the application");
        return url.toExternalForm();
    }
}
