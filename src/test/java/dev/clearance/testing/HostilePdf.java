package dev.clearance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes small PDFs by hand, byte by byte with a correct cross-reference table: one page whose text is
 * {@link #TEXT}, optionally with a hostile structure (arrays or dictionaries nested {@code depth} deep in the page,
 * or a page tree {@code depth} levels deep). A depth of 1 gives an ordinary PDF, the control.
 */
public final class HostilePdf {
    public static final String TEXT = "You may not use output to develop competing models.";

    public enum Nesting { ARRAYS, DICTIONARIES, PAGE_TREE }

    private HostilePdf() {
    }

    public static Path write(Path file, Nesting nesting, int depth) throws IOException {
        String content = "BT /F1 12 Tf 72 720 Td (" + TEXT + ") Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");                                      // 1
        String deep = switch (nesting) {
            case ARRAYS -> "[".repeat(depth) + "]".repeat(depth);
            case DICTIONARIES -> "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
            case PAGE_TREE -> "[]";
        };
        int firstPages = 6;
        if (nesting == Nesting.PAGE_TREE) {
            objects.add("<< /Type /Pages /Kids [" + firstPages + " 0 R] /Count 1 >>");      // 2
        } else {
            objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");                          // 2
        }
        int pageParent = nesting == Nesting.PAGE_TREE ? firstPages + depth - 1 : 2;
        objects.add("<< /Type /Page /Parent " + pageParent + " 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> /Deep " + deep + " >>");           // 3
        objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"); // 4
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");                  // 5
        if (nesting == Nesting.PAGE_TREE) {
            for (int i = 0; i < depth; i++) {                                                    // 6 …
                int self = firstPages + i;
                String kid = i == depth - 1 ? "3 0 R" : (self + 1) + " 0 R";
                String parent = i == 0 ? "2 0 R" : (self - 1) + " 0 R";
                objects.add("<< /Type /Pages /Parent " + parent + " /Kids [" + kid + "] /Count 1 >>");
            }
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        Files.write(file, pdf.toString().getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }
}
