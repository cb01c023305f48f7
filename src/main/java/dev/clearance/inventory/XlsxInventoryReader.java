package dev.clearance.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an Excel workbook: a header row, then one dataset per row. Date cells
 * become YYYY-MM-DD, whole numbers lose Excel's ".0". Formula cells are refused: their cached value
 * may be stale, and an inventory is evidence, so it must hold the values a person typed.
 */
final class XlsxInventoryReader implements InventoryReader {
    @Override
    public void read(InputStream in, String file, Handler handler, ImportProblems problems) throws IOException {
        SourceLocation fileAt = SourceLocation.of(file);
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, broken zips and non-Excel files with a variety of exceptions.
            problems.error(fileAt, "The file is not an Excel workbook Clearance can read (" + e.getMessage() + ").",
                    "Save it from Excel or LibreOffice as .xlsx, or export the sheet as CSV UTF-8.");
            return;
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.error(fileAt, "The workbook has no sheets.", "Put the inventory on the first sheet.");
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            TabularHeader header = null;
            for (Row row : sheet) {
                if (problems.isFull()) {
                    return;
                }
                SourceLocation at = fileAt.atLine(row.getRowNum() + 1);
                Map<Integer, RawValue> cells = cells(row, at, problems);
                if (cells.values().stream().allMatch(RawValue::isBlank)) {
                    continue;
                }
                if (header == null) {
                    List<String> names = new ArrayList<>();
                    int width = row.getLastCellNum();
                    for (int i = 0; i < width; i++) {
                        RawValue v = cells.get(i);
                        names.add(v == null ? "" : v.text());
                    }
                    int headerRow = row.getRowNum();
                    header = TabularHeader.of(names, at,
                            i -> new CellReference(headerRow, i).formatAsString(false), problems);
                } else {
                    handler.dataset(toRow(cells, header, at, problems));
                }
            }
            if (header == null) {
                problems.error(fileAt, "The first sheet is empty.",
                        "Put a header row (" + String.join(", ", InventoryColumns.REQUIRED) + ", …) on the first sheet.");
            }
        }
    }

    private static RawRow toRow(Map<Integer, RawValue> cells, TabularHeader header, SourceLocation at,
                                ImportProblems problems) {
        Map<String, RawValue> fields = new LinkedHashMap<>();
        for (Map.Entry<Integer, RawValue> cell : cells.entrySet()) {
            String field = header.field(cell.getKey());
            RawValue v = cell.getValue();
            if (field != null) {
                fields.put(field, new RawValue(v.kind(), v.text(), v.items(), v.at().field(field + " (" + v.at().field() + ")")));
            } else if (cell.getKey() >= header.width() && !v.isBlank()) {
                problems.warning(v.at(), "Cell " + v.at().field() + " is outside the header's columns; it is ignored.",
                        "Give the column a header or clear the cell.");
            }
        }
        return new RawRow(at, fields);
    }

    private static Map<Integer, RawValue> cells(Row row, SourceLocation at, ImportProblems problems) {
        Map<Integer, RawValue> out = new LinkedHashMap<>();
        for (Cell cell : row) {
            String ref = cell.getAddress().formatAsString();
            SourceLocation cellAt = at.field(ref);
            RawValue value = switch (cell.getCellType()) {
                case STRING -> RawValue.text(cell.getStringCellValue(), cellAt);
                case NUMERIC -> numeric(cell, cellAt);
                case BOOLEAN -> RawValue.scalar(RawValue.Kind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), cellAt);
                case FORMULA -> {
                    problems.error(cellAt, "Cell " + ref + " holds a formula (=" + cell.getCellFormula()
                            + "); Clearance imports typed values only.",
                            "Replace the formula with its value (copy, then Paste Special → Values).");
                    yield RawValue.of(RawValue.Kind.NULL, cellAt);
                }
                case ERROR -> {
                    problems.error(cellAt, "Cell " + ref + " holds a spreadsheet error.", "Fix or clear the cell.");
                    yield RawValue.of(RawValue.Kind.NULL, cellAt);
                }
                default -> RawValue.of(RawValue.Kind.NULL, cellAt);
            };
            out.put(cell.getColumnIndex(), value);
        }
        return out;
    }

    private static RawValue numeric(Cell cell, SourceLocation at) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return RawValue.text(cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE), at);
        }
        BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return RawValue.scalar(RawValue.Kind.NUMBER, n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString(), at);
    }
}
