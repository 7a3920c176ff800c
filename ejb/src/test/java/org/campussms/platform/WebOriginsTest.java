package org.campussms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebOriginsTest {

    @Test
    void anOriginIsSchemeHostAndAPortOtherThanTheSchemesOwn() {
        assertEquals("https://sms.example.edu", WebOrigins.of("https://SMS.example.edu:443/app/"));
        assertEquals("http://localhost:8080", WebOrigins.of("http://localhost:8080"));
        assertEquals("http://localhost", WebOrigins.of("http://localhost:80/x?y=1"));
        assertEquals("https://portal.example.edu:8443", WebOrigins.of(" https://portal.example.edu:8443 "));
    }

    @Test
    void aListSkipsBlanksAndARelativeUrlIsRefused() {
        assertEquals(List.of("https://a.example.edu", "http://localhost:5173"),
                WebOrigins.ofList("https://a.example.edu/, ,http://localhost:5173"));
        assertEquals(List.of(), WebOrigins.ofList(""));
        assertEquals(List.of(), WebOrigins.ofList(null));
        assertThrows(IllegalArgumentException.class, () -> WebOrigins.of("sms.example.edu"));
    }
}
