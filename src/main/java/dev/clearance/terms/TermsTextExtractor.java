package dev.clearance.terms;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a terms file a user supplies into plain text: {@code .txt}, {@code .md}, {@code .html} and
 * {@code .pdf} (PDFBox). For text, Markdown and ordinary HTML the lines of the result are the lines of
 * the file, so the detector's line numbers point into the file as given; PDFs and single-line (minified)
 * HTML are re-flowed, which {@link Extracted#linesMatchFile()} reports. Any problem becomes a
 * {@link TermsInputException} naming the file.
 */
public final class TermsTextExtractor {
    /** File name endings this extractor reads. */
    public static final List<String> SUPPORTED = List.of(".txt", ".md", ".markdown", ".html", ".htm", ".pdf");
    /** Files larger than this are refused: a terms document is never this big, a wrong file might be. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre)|br)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("sect", "\u00A7"), Map.entry("hellip", "\u2026"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"));

    /**
     * Extracted text.
     *
     * @param text           the plain text, lines separated by {@code \n}
     * @param format         {@code text}, {@code markdown}, {@code html} or {@code pdf}
     * @param linesMatchFile true when line N of {@code text} is line N of the file
     */
    public record Extracted(String text, String format, boolean linesMatchFile) {
    }

    /** Whether the file name has a supported ending. */
    public static boolean isSupported(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads and converts {@code file}.
     *
     * @throws TermsInputException when the file is missing, unreadable, too large, of an unsupported type,
     *                             not a readable PDF, or has no text
     */
    public Extracted extract(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!isSupported(file)) {
            int dot = lower.lastIndexOf('.');
            throw new TermsInputException(file + ": unsupported file type "
                    + (dot < 0 ? "(no extension)" : "'" + lower.substring(dot) + "'") + "; use .txt, .md, .html or .pdf");
        }
        byte[] bytes = read(file);
        Extracted result;
        if (lower.endsWith(".pdf")) {
            result = new Extracted(pdf(file, bytes), "pdf", false);
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            result = html(decode(file, bytes));
        } else {
            result = new Extracted(normaliseNewlines(decode(file, bytes)),
                    lower.endsWith(".txt") ? "text" : "markdown", true);
        }
        if (result.text().isBlank()) {
            throw new TermsInputException(file + ": contains no text" + (result.format().equals("pdf")
                    ? " (a scanned PDF without a text layer needs OCR first)" : ""));
        }
        return result;
    }

    private static byte[] read(Path file) {
        try {
            java.util.Optional<String> notRegular = dev.clearance.domain.InputFiles.notRegular(file);
            if (notRegular.isPresent()) {
                throw new TermsInputException(file + ": " + notRegular.get());
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new TermsInputException(file + ": is " + size / (1024 * 1024)
                        + " MB; terms files over 20 MB are refused");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TermsInputException(file + ": file not found", e);
        } catch (IOException e) {
            throw new TermsInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252. */
    private static String decode(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (containsNul(bytes)) {
            throw new TermsInputException(file + ": looks like a binary file, not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean containsNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String normaliseNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The longest a PDF may take to read; a hostile file may loop or crawl. */
    static final java.time.Duration PDF_TIME_LIMIT = java.time.Duration.ofSeconds(30);
    /** Memory PDFBox may use for the document's streams (decompressed), beyond the file itself. */
    static final long PDF_MEMORY_LIMIT = 256L * 1024 * 1024;
    /** More pages than any terms document has. */
    static final int PDF_MAX_PAGES = 2000;
    /** Stack of the worker thread: enough for any real PDF; a deeper nesting is refused. */
    private static final long PDF_STACK_BYTES = 16L * 1024 * 1024;

    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");
    /** What PDFBox logs on the thread reading a user's PDF: a severe record means part of the file was lost. */
    private static final ThreadLocal<java.util.List<java.util.logging.LogRecord>> PDF_LOG = new ThreadLocal<>();

    static {
        // PDFBox logs what it cannot parse, with stack traces, and carries on. While it reads a user's PDF the
        // records are kept for this extractor (which says in one line what is wrong); other uses log as before.
        PDFBOX.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                java.util.List<java.util.logging.LogRecord> sink = PDF_LOG.get();
                if (sink != null) {
                    sink.add(r);
                    return;
                }
                for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
                    h.publish(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        PDFBOX.setUseParentHandlers(false);
    }

    /**
     * Text of a PDF, read on a worker thread within {@link #PDF_TIME_LIMIT}, {@link #PDF_MEMORY_LIMIT} and
     * {@link #PDF_MAX_PAGES}; a file nested too deeply for PDFBox (it stops at depth 500, or the stack ends),
     * or one whose objects PDFBox could not read, is refused: its text would be incomplete.
     */
    private static String pdf(Path file, byte[] bytes) {
        java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            java.util.List<java.util.logging.LogRecord> log = new java.util.ArrayList<>();
            PDF_LOG.set(log);
            try {
                result.complete(readPdf(file, bytes, log));
            } catch (StackOverflowError e) {
                result.completeExceptionally(new TermsInputException(file + ": the PDF is nested too deeply to read"
                        + " safely; nothing was written"));
            } catch (OutOfMemoryError e) {
                result.completeExceptionally(new TermsInputException(file + ": the PDF needs more memory than a terms"
                        + " document may; nothing was written"));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                PDF_LOG.remove();
            }
        }, "pdf-text " + file.getFileName(), PDF_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(PDF_TIME_LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            worker.interrupt();
            throw new TermsInputException(file + ": reading the PDF took longer than " + PDF_TIME_LIMIT.toSeconds()
                    + " s and was stopped; nothing was written", e);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new TermsInputException(file + ": reading the PDF was interrupted; nothing was written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new TermsInputException(file + ": not a readable PDF (" + e.getCause() + ")", e.getCause());
        }
    }

    private static String readPdf(Path file, byte[] bytes, java.util.List<java.util.logging.LogRecord> log) {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_LIMIT).streamCache)) {
            refuseDamaged(file, log);
            int pages = doc.getNumberOfPages();
            if (pages > PDF_MAX_PAGES) {
                throw new TermsInputException(file + ": the PDF has " + pages + " pages; terms files of more than "
                        + PDF_MAX_PAGES + " pages are refused");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(doc);
            refuseDamaged(file, log);
            return normaliseNewlines(text);
        } catch (InvalidPasswordException e) {
            throw new TermsInputException(file + ": the PDF is password-protected; save an unprotected copy", e);
        } catch (IOException e) {
            throw new TermsInputException(file + ": not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /** A severe record from PDFBox: part of the document could not be read (it carries on without it). */
    private static void refuseDamaged(Path file, java.util.List<java.util.logging.LogRecord> log) {
        for (java.util.logging.LogRecord r : log) {
            if (r.getLevel().intValue() < java.util.logging.Level.SEVERE.intValue()) {
                continue;
            }
            String cause = r.getThrown() != null && r.getThrown().getMessage() != null ? r.getThrown().getMessage()
                    : r.getMessage();
            boolean tooDeep = cause != null && cause.contains("recursion depth");
            throw new TermsInputException(file + (tooDeep
                    ? ": the PDF is nested too deeply to read safely (" + oneLine(cause) + "); nothing was written"
                    : ": parts of the PDF cannot be read (" + oneLine(cause) + "); nothing was written"));
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 199) + "\u2026" : line;
    }

    /**
     * HTML to text. Ordinary HTML keeps its line structure (tags removed, newlines kept) so line numbers
     * match the file; a file with very long lines (minified) is re-flowed at block tags instead.
     */
    static Extracted html(String source) {
        String s = normaliseNewlines(source);
        s = blankOut(SCRIPT_OR_STYLE, s);
        s = blankOut(COMMENT, s);
        boolean minified = s.lines().mapToInt(String::length).max().orElse(0) > 5000;
        if (minified) {
            s = BLOCK_TAG.matcher(s).replaceAll("\n");
        }
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        return new Extracted(s.replace('\u00A0', ' '), "html", !minified);
    }

    /** Removes a match but keeps its newlines, so later lines keep their numbers. */
    private static String blankOut(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    rep = ENTITIES.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
                }
            } catch (IllegalArgumentException ex) {
                rep = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
