package org.campussms.conversation.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How many SMS segments a text takes, which is what carriers rate-limit and bill. GSM-7 texts take 160 characters
 * in one segment and 153 per segment when split (extension characters such as € count twice); anything else goes
 * as UCS-2: 70 in one segment, 67 per segment when split (characters outside the BMP count twice).
 */
public record Segments(Encoding encoding, int count) {

    public enum Encoding { GSM7, UCS2 }

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";
    /** Septets per character (0: not GSM-7), by char; a bulk send counts the segments of thousands of texts. */
    private static final byte[] SEPTETS = new byte[Character.MAX_VALUE + 1];

    static {
        GSM7_BASIC.chars().forEach(c -> SEPTETS[c] = 1);
        GSM7_EXTENSION.chars().forEach(c -> SEPTETS[c] = 2);
    }

    public static Segments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = SEPTETS[text.charAt(i)];
            if (size == 0) {
                return ucs2(text);
            }
            septets += size;
        }
        return new Segments(Encoding.GSM7, septets <= 160 ? 1 : (septets + 152) / 153);
    }

    /** The characters of the text that GSM-7 lacks, each once, in order: why a text goes as UCS-2. */
    public static List<String> notGsm7(String text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints().filter(c -> c > Character.MAX_VALUE || SEPTETS[c] == 0)
                .forEach(c -> found.add(new String(Character.toChars(c))));
        return List.copyOf(found);
    }

    private static Segments ucs2(String text) {
        int units = text.length();
        return new Segments(Encoding.UCS2, units <= 70 ? 1 : (units + 66) / 67);
    }
}
