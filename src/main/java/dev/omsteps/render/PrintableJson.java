package dev.omsteps.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omsteps.model.Printable;

/**
 * The JSON omsteps writes (documents, ndjson events): JSON itself escapes only C0 controls, so C1
 * controls, DEL and bidirectional overrides in a server's text would reach a terminal that shows the
 * output. They are written as {@code \\uXXXX} escapes here: the value is exactly what the server sent,
 * and the bytes on the terminal are harmless.
 */
final class PrintableJson extends CharacterEscapes {

    private final int[] ascii = standardAsciiEscapesForJSON();

    PrintableJson() {
        ascii[0x7f] = ESCAPE_STANDARD;
    }

    /** An indenting mapper whose output carries no control or bidi character raw. */
    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        m.getFactory().setCharacterEscapes(new PrintableJson());
        return m;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Printable.unsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
