package org.campussms.platform.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.campussms.bulksend.infrastructure.BulkSendCodec;
import org.campussms.email.infrastructure.EmailCodec;
import org.campussms.pool.application.NumberOrderCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The queues whose entries carry one row's id: their wire format (queue, property, JMS type) is what messages already
 * in a broker's journal and the dead-letter consumers' selectors depend on, so it is spelt out here literally.
 */
class IdCodecTest {

    static Stream<Arguments> codecs() {
        return Stream.of(
                Arguments.of(BulkSendCodec.INSTANCE, "java:/jms/queue/BulkSend", "bulkSendId", "BulkSend"),
                Arguments.of(EmailCodec.INSTANCE, "java:/jms/queue/EmailFallback", "emailMessageId", "EmailFallback"),
                Arguments.of(NumberOrderCodec.INSTANCE, "java:/jms/queue/NumberProvisioning", "senderNumberId",
                        "NumberProvisioning"));
    }

    private static MapMessage written(IdCodec codec, long id) throws JMSException {
        MapMessage message = InMemoryMapMessage.create();
        codec.write(id, message);
        return message;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codecs")
    void anEntryGoesOnItsQueueAtOnceAsTheIdInOneLongProperty(IdCodec codec, String queue, String property,
            String jmsType) throws JMSException {
        MapMessage message = written(codec, 42L);

        assertEquals(queue, codec.queue());
        assertEquals(0, codec.deliveryDelayMillis(42L));
        assertEquals(List.of(property), Collections.list(message.getPropertyNames()));
        assertEquals(42L, message.getObjectProperty(property), "a long property");
        assertEquals(jmsType, message.getJMSType(), "what a dead-letter consumer selects on, if any");
        assertEquals(List.of(), Collections.list(message.getMapNames()), "nothing in the map body");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codecs")
    void anIdReadsBackAsWritten(IdCodec codec, String queue, String property, String jmsType) throws JMSException {
        assertEquals(42L, codec.read(written(codec, 42L)));
        assertEquals(Long.MAX_VALUE, codec.decode(written(codec, Long.MAX_VALUE)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codecs")
    void anEntryWithoutTheIdIsNeverReadAsSomeId(IdCodec codec, String queue, String property, String jmsType) {
        assertThrows(NumberFormatException.class, () -> codec.read(InMemoryMapMessage.create()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codecs")
    void anUnreadableEntryFailsItsDeliveryNamingTheQueue(IdCodec codec, String queue, String property,
            String jmsType) throws JMSException {
        MapMessage wrong = InMemoryMapMessage.create();
        wrong.setObjectProperty(property, 4.2);

        JMSRuntimeException failed = assertThrows(JMSRuntimeException.class, () -> codec.decode(wrong));
        assertTrue(failed.getMessage().contains(queue), failed.getMessage());
    }
}
