package dev.clearance.ui.review;

import dev.clearance.domain.review.SignOff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The sign-offs of a revision: who, in what role, what they attest, when, and the certificate they signed with. */
final class SignOffTable extends TableView<SignOff> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.systemDefault());

    SignOffTable(ObservableList<SignOff> signOffs) {
        super(signOffs);
        setId("signoffs-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Nobody has signed off this revision yet."));
        setPrefHeight(160);
        getColumns().addAll(List.of(
                column("Reviewer", 150, SignOff::reviewer),
                column("Role", 130, SignOff::role),
                column("Statement", 260, SignOff::statement),
                column("Signed", 150, s -> TIME.format(s.signedAt())),
                column("Certificate SHA-256", 300, SignOff::certificateFingerprint)));
    }

    private static TableColumn<SignOff, String> column(String title, double width, Function<SignOff, String> value) {
        TableColumn<SignOff, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
