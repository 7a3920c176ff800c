package org.campussms.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Web origins as browsers send them (in Origin headers) and as security policies name them: scheme, host, and a
 * port other than the scheme's own, in lower case. "https://SMS.example.edu:443/app" is "https://sms.example.edu".
 */
public final class WebOrigins {

    private WebOrigins() {
    }

    /** The origin of a URL such as PUBLIC_BASE_URL. */
    public static String of(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean schemesOwnPort = port < 0 || (port == 443 && scheme.equals("https"))
                || (port == 80 && scheme.equals("http"));
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (schemesOwnPort ? "" : ":" + port);
    }

    /** The origins of a comma-separated list of URLs (ALLOWED_ORIGINS, PORTAL_ORIGINS); blank entries are skipped. */
    public static List<String> ofList(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(WebOrigins::of)
                .toList();
    }
}
