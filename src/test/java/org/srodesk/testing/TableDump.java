package org.srodesk.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.persistence.Database;

/** Every row of every application table, as text in a stable order: to compare two databases whole. */
public final class TableDump {

    private TableDump() {
    }

    public static Map<String, List<String>> of(Database database) {
        return database.withHandle(h -> {
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")
                    .mapTo(String.class).list();
            Map<String, List<String>> dump = new LinkedHashMap<>();
            for (String table : tables) {
                if (table.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                h.createQuery("SELECT * FROM \"" + table + "\" ORDER BY 1").mapToMap().forEach(row -> rows.add(row.toString()));
                dump.put(table.toLowerCase(java.util.Locale.ROOT), rows);
            }
            return dump;
        });
    }
}
