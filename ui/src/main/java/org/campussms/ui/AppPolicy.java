package org.campussms.ui;

import java.util.List;
import org.campussms.platform.WebOrigins;

/**
 * The inbox's Content-Security-Policy: scripts, styles and everything else from this server only (and the few
 * {@code <style>} elements React Aria adds, marked with the response's nonce); connections to
 * this server, its websocket and the sign-in provider; the sign-in provider in a frame (silent renewal); and no page
 * may frame the inbox but the campus portals configured in PORTAL_ORIGINS. An injected script tag or a script from
 * elsewhere does not run, and no other site can overlay the inbox to trick a click.
 *
 * @param publicBaseUrl  PUBLIC_BASE_URL, where browsers reach this server
 * @param signInProvider OIDC_PROVIDER_URL
 * @param portalOrigins  origins allowed to frame the inbox (as {@link WebOrigins} gives them)
 */
record AppPolicy(String publicBaseUrl, String signInProvider, List<String> portalOrigins) {

    static AppPolicy fromEnvironment() {
        return new AppPolicy(System.getProperty("campus.public-base-url", "http://localhost:8080"),
                System.getProperty("campus.oidc.issuer", UiSettings.DEFAULT_PROVIDER),
                WebOrigins.ofList(System.getProperty("campus.portal-origins", "")));
    }

    /** The policy of a response whose page may carry {@code <style>} elements marked with {@code styleNonce}. */
    String header(String styleNonce) {
        String self = WebOrigins.of(publicBaseUrl);
        String socket = self.replaceFirst("^http", "ws");
        String provider = WebOrigins.of(signInProvider);
        List<String> directives = List.of(
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'nonce-" + styleNonce + "'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self' " + socket + " " + provider,
                "frame-src " + provider,
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + provider,
                "frame-ancestors " + (portalOrigins.isEmpty() ? "'none'" : String.join(" ", portalOrigins)));
        return String.join("; ", directives);
    }
}
