package org.srodesk.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.srodesk.ui.common.BaseDialog;

/** File → Database…: the PostgreSQL server database to open instead of the current one. */
public final class ServerConnectionDialog extends BaseDialog<ServerConnectionForm.Choice> {

    public ServerConnectionDialog(Window owner, ServerConnectionForm form) {
        super(owner, "Open a database on a server", "Connect");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Server"), field("host", form.hostProperty().get(), form, 0));
        grid.addRow(1, new Label("Port"), field("port", form.portProperty().get(), form, 1));
        grid.addRow(2, new Label("Database"), field("database", form.databaseProperty().get(), form, 2));
        grid.addRow(3, new Label("User"), field("user", form.userProperty().get(), form, 3));
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> form.problem() == null ? "" : form.problem(), form.invalidProperty()));
        Label note = new Label("The password is taken from your .pgpass file, or asked when connecting;"
                + " SRO Desk never stores it. Several desks can share the server's database.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        setContent(new VBox(12, grid, problem, note));
        disablePrimaryWhen(form.invalidProperty());
        setResultConverter(button -> button == primaryButtonType() ? form.toChoice() : null);
    }

    private static TextField field(String id, String value, ServerConnectionForm form, int row) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(24);
        switch (row) {
            case 0 -> form.hostProperty().bind(field.textProperty());
            case 1 -> form.portProperty().bind(field.textProperty());
            case 2 -> form.databaseProperty().bind(field.textProperty());
            default -> form.userProperty().bind(field.textProperty());
        }
        return field;
    }
}
