package dev.clearance.ui.workbench;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An area that does not exist yet says so plainly, and what it will do; it never shows made-up data. */
final class NotBuiltArea extends VBox {
    NotBuiltArea(Area area) {
        super(10);
        setId("not-built-" + area.name().toLowerCase(java.util.Locale.ROOT));
        setPadding(new Insets(40));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(640);
        Label title = new Label(area.title() + " is not built yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label what = new Label("When it is, this area will hold: " + area.purpose());
        what.setWrapText(true);
        Label meanwhile = new Label("Nothing here is assessed yet. Do not rely on this version of Clearance "
                + "for a conclusion on this area.");
        meanwhile.setWrapText(true);
        meanwhile.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, what, meanwhile);
    }
}
