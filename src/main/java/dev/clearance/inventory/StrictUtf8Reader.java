package dev.clearance.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, saying on which line the first foreign byte is: a
 * decoder reads ahead of the parser, so the parser's position cannot tell.
 */
final class StrictUtf8Reader extends Reader {
    /** Bytes that are not UTF-8, on a known line. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final int firstByte;

        NotUtf8Exception(long line, int firstByte) {
            this.line = line;
            this.firstByte = firstByte;
        }

        long line() {
            return line;
        }

        int firstByte() {
            return firstByte;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private long line = 1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                return -1;
            }
            if (!endOfInput && bytes.remaining() < 4) {
                fill();
            }
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            countLines(buffer, before, out.position());
            if (result.isError()) {
                throw new NotUtf8Exception(line, bytes.get(bytes.position()) & 0xFF);
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(out);
                break;
            }
        }
        int n = out.position() - offset;
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void countLines(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
