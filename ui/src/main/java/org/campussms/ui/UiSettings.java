package org.campussms.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The browser app's settings, read at run time from the server's environment, so that one build serves every
 * institution: its OpenID provider (OIDC_PROVIDER_URL, the same issuer the API trusts) and the app's public client
 * there (OIDC_UI_CLIENT_ID). Nothing secret: the app is a public client that signs in with PKCE.
 */
@WebServlet(UiSettings.PATH)
public class UiSettings extends HttpServlet {

    static final String PATH = "/config.json";
    static final String DEFAULT_PROVIDER = "http://localhost:8180/campus";
    static final String DEFAULT_CLIENT = "campus-sms-ui";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> settings = Map.of(
                "oidcAuthority", setting("OIDC_PROVIDER_URL", DEFAULT_PROVIDER),
                "oidcClientId", setting("OIDC_UI_CLIENT_ID", DEFAULT_CLIENT),
                "oidcScope", setting("OIDC_UI_SCOPE", "openid profile email"));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(settings.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}")));
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A JSON string; settings are URLs and ids, but an operator's typo must not break the document. */
    static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
