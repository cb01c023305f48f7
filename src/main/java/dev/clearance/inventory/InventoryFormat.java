package dev.clearance.inventory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The inventory file formats, recognised by file extension. */
public enum InventoryFormat {
    CSV(List.of("csv")), JSON(List.of("json")), YAML(List.of("yaml", "yml")), XLSX(List.of("xlsx"));

    private final List<String> extensions;

    InventoryFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    public static Optional<InventoryFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** "csv, json, yaml, yml, xlsx" for messages. */
    static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
    }
}
