package dev.clearance.store;

import dev.clearance.domain.SettingsRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** User preferences in H2's app_setting table. */
public final class JdbcSettingsRepository implements SettingsRepository {
    // Recent lists are stored as one value; a control character cannot occur in a path or a name.
    private static final String SEPARATOR = "\u001f";

    private final Jdbc jdbc;

    public JdbcSettingsRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.queryOne("SELECT setting_value FROM app_setting WHERE setting_key = ?",
                ps -> ps.setString(1, key), rs -> rs.getString(1));
    }

    @Override
    public void put(String key, String value) {
        jdbc.update("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", ps -> {
            ps.setString(1, key);
            ps.setString(2, value);
        });
    }

    @Override
    public List<String> recent(String key) {
        return get(key).filter(v -> !v.isEmpty()).map(v -> Arrays.asList(v.split(SEPARATOR))).orElse(List.of());
    }

    @Override
    public void pushRecent(String key, String value, int limit) {
        List<String> items = new ArrayList<>(recent(key));
        items.remove(value);
        items.add(0, value);
        put(key, String.join(SEPARATOR, items.subList(0, Math.min(limit, items.size()))));
    }
}
