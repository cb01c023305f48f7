package dev.clearance.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits that keep hostile or broken input from exhausting memory or time, and the parsers
 * configured with them. Inventories are trusted to be inventories, nothing more.
 */
final class InputLimits {
    /** CSV, JSON and YAML inventories are streamed, so they may be large (a million rows is ~200 MB). */
    static final long MAX_TEXT_FILE_BYTES = 1L << 30;
    /** Spreadsheets are unpacked in memory by POI. */
    static final long MAX_SPREADSHEET_BYTES = 64L << 20;
    /** project.yaml is a handful of lines. */
    static final long MAX_PROJECT_FILE_BYTES = 64L << 10;
    /** One cell or value: notes may be long, but not a megabyte. */
    static final int MAX_VALUE_CHARS = 1_000_000;
    /** Dataset ids are keys; the database column holds 500. */
    static final int MAX_ID_CHARS = 200;
    static final int MAX_NESTING = 20;

    private InputLimits() {
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxStringLength(MAX_VALUE_CHARS)
                .maxNameLength(1_000)
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(40)
                .build();
    }

    static JsonFactory json() {
        return JsonFactory.builder().streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    static CsvFactory csv() {
        return CsvFactory.builder().streamReadConstraints(constraints()).build();
    }

    /**
     * YAML without the "billion laughs": anchors and aliases are refused by the reader; these loader
     * limits are the second fence should SnakeYAML ever expand them.
     */
    static YAMLFactory yaml(long maxBytes) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * A strict UTF-8 reader: a UTF-8 byte order mark is skipped, UTF-16 is refused, and bytes that are
     * not UTF-8 (a Latin-1 "é", say) fail with a {@link StrictUtf8Reader.NotUtf8Exception} naming the line
     * instead of turning into replacement characters.
     */
    static Reader utf8(InputStream in, String file) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = pushback.readNBytes(head, 0, 3);
        boolean utf8Bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf16Bom = n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        if (utf16Bom) {
            throw InventoryImportException.of(ImportProblem.error(SourceLocation.of(file).atLine(1),
                    "The file is UTF-16 text; Clearance reads UTF-8.",
                    "Save it as UTF-8 (in Excel: \"CSV UTF-8\"; in an editor: encoding UTF-8)."));
        }
        if (!utf8Bom && n > 0) {
            pushback.unread(head, 0, n);
        }
        return new StrictUtf8Reader(pushback);
    }
}
