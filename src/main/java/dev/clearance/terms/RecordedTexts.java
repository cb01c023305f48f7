package dev.clearance.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recorded texts the catalog's versions rest on, by file name: shipped inside the application under
 * {@code assets/terms/texts/}, or a folder (tests of a catalog being edited). Texts are UTF-8, read as
 * bytes so that their SHA-256 can be checked against the catalog.
 */
@FunctionalInterface
public interface RecordedTexts {
    /** Classpath folder of the shipped texts. */
    String RESOURCE_DIR = "/assets/terms/texts/";

    /** The text's bytes; empty when there is no such file. */
    Optional<byte[]> bytes(String fileName);

    /** The text as a string; empty when there is no such file. */
    default Optional<String> text(String fileName) {
        return bytes(fileName).map(RecordedTexts::decode);
    }

    /** The texts shipped with the application. */
    static RecordedTexts shipped() {
        return name -> {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                return Optional.empty();
            }
            try (InputStream in = RecordedTexts.class.getResourceAsStream(RESOURCE_DIR + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped text " + name, e);
            }
        };
    }

    /** Texts in a folder. */
    static RecordedTexts in(Path dir) {
        return name -> {
            try {
                return Optional.of(Files.readAllBytes(dir.resolve(name)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        };
    }

    /** Strict UTF-8: a text with bad bytes is not silently repaired. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TermsDataException("a recorded text is not valid UTF-8: " + e.getMessage(), e);
        }
    }
}
