package dev.clearance.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small workbooks the way a spreadsheet user would: typed cells, date-formatted dates, formulas. */
final class SpreadsheetFixtures {
    /** A cell holding a formula, e.g. {@code formula("A2&\"x\"")}. */
    record Formula(String expression) {
    }

    private SpreadsheetFixtures() {
    }

    /** Rows of String, Number, LocalDate, Boolean, Formula or null cells; the first row is the header. */
    static Path write(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Inventory");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** The golden inventory as a spreadsheet user types it: numbers as numbers, dates as dates. */
    static List<List<Object>> goldenRows() {
        return List.of(
                List.<Object>of("ID", "Name", "Source Type", "Generator Model", "Generator Provider", "Access",
                        "Collected On", "License", "Uses", "Records", "Terms", "Owner", "Notes"),
                java.util.Arrays.asList("d1", "Support dialogues distilled from GPT-4o", "synthetic", "gpt-4o-2024-08-06",
                        "openai", "api", LocalDate.of(2024, 11, 5), null, "fine-tuning;preference", 120000, null, "ml-team",
                        "Generated with the \"support-v2\" prompt set, 3 turns each"),
                java.util.Arrays.asList("d2", "Llama 3.1 70B rewrites", "synthetic", "Llama-3.1-70B-Instruct", "meta",
                        "weights", LocalDate.of(2025, 2, 17), null, "fine-tuning", 45000, null, "ml-team", null),
                java.util.Arrays.asList("d3", "Licensed support transcripts", "licensed", null, null, null, null,
                        "Proprietary (Helpdesk Corp data licence 2024)", "fine-tuning;evaluation", 80000, null, "legal",
                        "Ünïcode notes: café – naïve"),
                java.util.Arrays.asList("d4", "OpenAssistant OASST1", "public-dataset", null, null, null, null,
                        "Apache-2.0", null, 88838, null, null, null));
    }

    /** Regenerates src/test/resources/inventory/golden/inventory.xlsx. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), goldenRows());
    }
}
