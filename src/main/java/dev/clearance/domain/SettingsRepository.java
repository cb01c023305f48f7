package dev.clearance.domain;

import java.util.List;
import java.util.Optional;

/** Small user preferences kept in the database (theme, recent files). */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    /** A most-recent-first list stored under {@code key}, at most {@code limit} entries. */
    List<String> recent(String key);

    void pushRecent(String key, String value, int limit);
}
