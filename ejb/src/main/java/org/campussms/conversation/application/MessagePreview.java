package org.campussms.conversation.application;

import java.util.List;

/**
 * What a send would do, without sending: the exact text the carrier would get, its segments and encoding, or the
 * email it would become instead and why.
 *
 * @param from         the number it would go from; null while a personal number is still to be bought
 * @param to           the mobile it would go to; null when the person has none for the record
 * @param notGsm7      the characters that make it go as UCS-2 (70 characters a segment), each once
 * @param channel      SMS, or EMAIL when it would go to the person's email instead
 * @param emailTo      for EMAIL: the address; null when the person has none (then nothing can reach them)
 * @param reason       for EMAIL: why (opted out, no mobile)
 */
public record MessagePreview(String from, String to, String recordType, String sentText, boolean footerAppended,
        int segments, String encoding, List<String> notGsm7, String channel, String emailTo, String reason) {
}
