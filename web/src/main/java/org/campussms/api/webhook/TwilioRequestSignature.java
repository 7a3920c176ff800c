package org.campussms.api.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Twilio's request signature (X-Twilio-Signature): the Base64 of an HMAC-SHA1, keyed with the account's auth
 * token, over the URL Twilio called followed by every POST parameter's name and value, sorted by name. It accepts
 * what the SDK's {@code RequestValidator} accepts, the URL with and without its port (a unit test holds the two
 * side by side), but for our own public base URL only, whose two forms are worked out once, and with one HMAC per
 * request in the usual case instead of two, on a {@link Mac} kept per thread.
 *
 * <p>The SDK's validator (twilio-java 13.0.1) parses the URL twice per request and sets up a new {@code Mac} for each
 * of its two signatures, about a fifth of a webhook request's CPU.
 */
final class TwilioRequestSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;
    private final String baseUrl;
    /** The base URL with its default port written out if it had none, without it if it had one; null: the same. */
    private final String otherBaseUrl;
    private final ThreadLocal<Mac> macs;

    /**
     * @param authToken the account's auth token
     * @param baseUrl   the public base URL the webhooks are called at (scheme, host, optional port and path prefix)
     */
    TwilioRequestSignature(String authToken, String baseUrl) {
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
        this.baseUrl = baseUrl;
        this.otherBaseUrl = otherPortForm(baseUrl);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * Whether {@code signature} is Twilio's for a request to {@code baseUrl + pathAndQuery} with these parameters.
     *
     * @param pathAndQuery the raw path and query of the request (as sent, not decoded)
     */
    boolean valid(String pathAndQuery, Map<String, String> params, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = signature.getBytes(StandardCharsets.US_ASCII);
        return matches(baseUrl + pathAndQuery, params, expected)
                || otherBaseUrl != null && matches(otherBaseUrl + pathAndQuery, params, expected);
    }

    private boolean matches(String url, Map<String, String> params, byte[] expected) {
        StringBuilder signed = new StringBuilder(url.length() + 64 * params.size()).append(url);
        List<String> names = new ArrayList<>(params.keySet());
        Collections.sort(names);
        for (String name : names) {
            String value = params.get(name);
            signed.append(name).append(value == null ? "" : value);
        }
        byte[] digest = macs.get().doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(Base64.getEncoder().encode(digest), expected);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** The URL's other form as the SDK tries it: the scheme's default port added when it has none, else removed. */
    private static String otherPortForm(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The public base URL is no URL: " + url, e);
        }
        if (uri.getHost() == null || uri.getRawAuthority() == null) {
            return null;
        }
        String authority = uri.getRawAuthority();
        String other;
        if (uri.getPort() == -1) {
            int port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme())
                    ? 80 : -1;
            if (port == -1) {
                return null;
            }
            other = authority + ":" + port;
        } else {
            other = authority.substring(0, authority.lastIndexOf(':'));
        }
        int at = url.indexOf(authority);
        return url.substring(0, at) + other + url.substring(at + authority.length());
    }
}
