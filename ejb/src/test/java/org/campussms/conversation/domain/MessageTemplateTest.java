package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static final Map<String, String> VALUES = Map.of(MessageTemplate.FIRST_NAME, "Bob",
            MessageTemplate.LAST_NAME, "Smith", MessageTemplate.STAFF_NAME, "Dana $1 Advisor",
            MessageTemplate.POOL_NAME, "Advising");

    @Test
    void knownVariablesAreFilledInEveryTime() {
        assertEquals("Hi Bob Smith, Dana $1 Advisor from Advising here. Bob, see you.",
                MessageTemplate.expand("Hi {firstName} {lastName}, {staffName} from {poolName} here. {firstName}, "
                        + "see you.", VALUES));
    }

    @Test
    void otherBracesStayAndUnknownValuesAreEmpty() {
        assertEquals("Room {B12} at {time}", MessageTemplate.expand("Room {B12} at {time}", VALUES));
        assertEquals("Hi , welcome", MessageTemplate.expand("Hi {firstName}, welcome", Map.of()));
        assertTrue(MessageTemplate.hasVariables("Hi {firstName}"));
        assertFalse(MessageTemplate.hasVariables("Hi {FirstName} {name}"));
    }
}
