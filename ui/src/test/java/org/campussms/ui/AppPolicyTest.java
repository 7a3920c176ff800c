package org.campussms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AppPolicyTest {

    private static Map<String, String> directives(AppPolicy policy) {
        return Arrays.stream(policy.header("n0nce").split("; "))
                .collect(Collectors.toMap(d -> d.substring(0, d.indexOf(' ')), d -> d.substring(d.indexOf(' ') + 1)));
    }

    @Test
    void scriptsComeFromThisServerOnlyAndConnectionsGoToItsSocketAndTheSignInProvider() {
        Map<String, String> policy = directives(new AppPolicy("https://sms.example.edu",
                "https://sso.example.edu/realms/campus", List.of()));

        assertEquals("'self'", policy.get("script-src"), "no inline script, no other host");
        assertEquals("'self'", policy.get("default-src"));
        assertEquals("'self' 'nonce-n0nce'", policy.get("style-src"), "inline styles only with the page's nonce");
        assertEquals("'self' wss://sms.example.edu https://sso.example.edu", policy.get("connect-src"));
        assertEquals("https://sso.example.edu", policy.get("frame-src"));
        assertEquals("'none'", policy.get("object-src"));
        assertEquals("'none'", policy.get("frame-ancestors"), "no page frames the inbox");
    }

    @Test
    void configuredPortalsMayFrameTheInboxAndALocalServerUsesPlainWebsockets() {
        Map<String, String> policy = directives(new AppPolicy("http://localhost:8080", "http://localhost:8180/campus",
                List.of("https://portal.example.edu", "https://my.example.edu:8443")));

        assertEquals("https://portal.example.edu https://my.example.edu:8443", policy.get("frame-ancestors"));
        assertTrue(policy.get("connect-src").contains("ws://localhost:8080"), policy.get("connect-src"));
    }
}
