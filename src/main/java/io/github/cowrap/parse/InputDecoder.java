package io.github.cowrap.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Decodes an input's bytes, and says at which line and column a byte is not valid text. */
final class InputDecoder {

    /** Bytes that are not valid in the charset, at a 1-based line and column (in characters). */
    static final class MalformedInputException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        MalformedInputException(int line, int column) {
            super("malformed input at " + line + ":" + column);
            this.line = line;
            this.column = column;
        }
    }

    private InputDecoder() {}

    /** The text without a leading byte order mark. */
    static char[] decode(byte[] bytes, Charset charset) throws MalformedInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) bytes.length * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw at(out);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw at(out);
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        char[] chars = new char[out.length() - start];
        out.position(start);
        out.get(chars);
        return chars;
    }

    /** Where decoding stopped: just after the characters decoded so far. */
    private static MalformedInputException at(CharBuffer decoded) {
        int end = decoded.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (decoded.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int bom = end > 0 && decoded.get(0) == '\uFEFF' && lineStart == 0 ? 1 : 0;
        return new MalformedInputException(line, end - lineStart - bom + 1);
    }
}
