package org.campussms.api.graphql;

import java.util.List;
import org.campussms.conversation.application.MessagePreview;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MessagePreview")
@Description("What sendMessage would do with the same arguments, without sending.")
public record MessagePreviewType(
        @Description("The number it would go from; null while a personal number is still to be bought, or for a "
                + "pool (its number is picked at the send).") String from,
        @Description("The mobile it would go to; null when the person has none for the record.") String to,
        @NonNull RecordType recordType,
        @NonNull @Description("Exactly what the carrier would get: the text and, when due, the footer.")
        String sentText,
        boolean footerAppended,
        int segments,
        @NonNull @Description("GSM7 (160 characters a segment, 153 when split) or UCS2 (70, 67 when split).")
        String encoding,
        @NonNull @Description("The characters that make it UCS2, each once.") List<@NonNull String> notGsm7,
        @NonNull OutboundMessage.Channel channel,
        @Description("For EMAIL: the person's address; null when they have none, so nothing would reach them.")
        String emailTo,
        @Description("For EMAIL: why not a text (opted out, no mobile).") String reason) {

    static MessagePreviewType of(MessagePreview p) {
        return new MessagePreviewType(p.from(), p.to(),
                RecordType.of(org.campussms.directory.domain.RecordType.valueOf(p.recordType())), p.sentText(),
                p.footerAppended(), p.segments(), p.encoding(), p.notGsm7(),
                OutboundMessage.Channel.valueOf(p.channel()), p.emailTo(), p.reason());
    }
}
