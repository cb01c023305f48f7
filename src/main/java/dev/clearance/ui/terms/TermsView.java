package dev.clearance.ui.terms;

import dev.clearance.domain.terms.TermsRef;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Terms area: the document browser (documents by provider, versions, clauses, full text, diffs) and
 * the project's own sources with the user's model mappings. Ctrl+F focuses the document filter.
 */
public final class TermsView extends VBox {
    private final TermsViewModel model;
    private final TabPane tabs = new TabPane();
    private final Tab documentsTab;
    private final DocumentBrowser browser;

    /** @param status shows a sentence in the window's status bar */
    public TermsView(TermsViewModel model, Consumer<String> status) {
        this.model = model;
        setId("terms-view");
        setPadding(new Insets(8, 16, 12, 16));
        DocumentPane documentPane = new DocumentPane(model, status);
        browser = new DocumentBrowser(model, this::addVersion, documentPane::focusTimeline);
        SplitPane split = new SplitPane(browser, documentPane);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(browser, false);

        documentsTab = new Tab("Documents", split);
        documentsTab.setId("terms-documents-tab");
        Tab sourcesTab = new Tab("This project's sources", new ProjectSourcesPane(model.sources(), this::open,
                this::mapModel));
        sourcesTab.setId("terms-sources-tab");
        tabs.getTabs().addAll(sourcesTab, documentsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label catalogStatus = new Label(model.catalogStatus());
        catalogStatus.setId("catalog-status");
        catalogStatus.setWrapText(true);
        catalogStatus.getStyleClass().add(model.catalogIsOld() ? Styles.WARNING : Styles.TEXT_MUTED);
        catalogStatus.setPadding(new Insets(0, 0, 6, 0));
        getChildren().addAll(catalogStatus, tabs);

        // An accelerator on the scene, so Ctrl+F works wherever the focus is while this area is shown.
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        Runnable focusFilter = () -> {
            tabs.getSelectionModel().select(documentsTab);
            browser.focusFilter();
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(find, focusFilter);
            }
            if (scene != null) {
                scene.getAccelerators().put(find, focusFilter);
            }
        });
    }

    /** Shows a document version in the browser. */
    private void open(TermsRef ref) {
        tabs.getSelectionModel().select(documentsTab);
        model.open(ref);
    }

    private void addVersion() {
        new AddVersionDialog(getScene().getWindow(), model.newAddVersion()).show();
    }

    private void mapModel(DatasetSource from) {
        new MappingDialog(getScene().getWindow(), model.sources(), model.documents(), from).show();
    }
}
