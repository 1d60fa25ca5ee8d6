package org.srodesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerConnectionFormTest {

    @Test
    void aServerNameWithTheUsualPortAndDatabaseMakesItsAddress() {
        ServerConnectionForm form = new ServerConnectionForm("kolson");
        assertTrue(form.invalidProperty().get(), "no server yet");
        form.hostProperty().set(" db.sppd.example ");

        assertFalse(form.invalidProperty().get());
        assertNull(form.problem());
        ServerConnectionForm.Choice choice = form.toChoice();
        assertEquals("jdbc:postgresql://db.sppd.example:5432/srodesk", choice.jdbcUrl());
        assertEquals("kolson", choice.user());
    }

    @Test
    void eachWrongFieldIsNamedAndNoAddressIsMade() {
        ServerConnectionForm form = new ServerConnectionForm("kolson");
        form.hostProperty().set("db");
        form.portProperty().set("70000");
        assertTrue(form.problem().startsWith("The port is a number"), form.problem());
        assertThrows(IllegalStateException.class, form::toChoice);
        form.portProperty().set("5433");
        form.databaseProperty().set("sro desk");
        assertTrue(form.problem().startsWith("Enter the database's name"), form.problem());
        form.databaseProperty().set("srodesk");
        form.userProperty().set(" ");
        assertTrue(form.problem().startsWith("Enter the login"), form.problem());
        form.userProperty().set("cmdr");
        form.hostProperty().set("http://db/");
        assertTrue(form.problem().contains("without spaces or slashes"), form.problem());
    }

    @Test
    void anIpv6AddressIsBracketedInTheUrl() {
        ServerConnectionForm form = new ServerConnectionForm("kolson");
        form.hostProperty().set("fd00::12");
        assertEquals("jdbc:postgresql://[fd00::12]:5432/srodesk", form.toChoice().jdbcUrl());
    }
}
