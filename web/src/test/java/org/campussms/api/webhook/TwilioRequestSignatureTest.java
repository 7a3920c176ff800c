package org.campussms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.twilio.security.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Our signature check must accept exactly what the Twilio SDK's RequestValidator accepts. */
class TwilioRequestSignatureTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final Map<String, String> FORM = Map.of("MessageSid", "SM" + "a".repeat(32), "From",
            "+12015550123", "To", "+12015550100", "Body", "Is the office open? ÄÖÜ 📚", "Empty", "");

    /** Twilio's signing, written out independently of the code under test. */
    private static String sign(String token, String url, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Asserts ours and the SDK's agree on a request to base + path signed for signedUrl; returns the verdict. */
    private static boolean agree(String base, String path, String signedUrl, String token, Map<String, String> form)
            throws Exception {
        String signature = sign(token, signedUrl, FORM);
        boolean sdk = new RequestValidator(TOKEN).validate(base + path, form, signature);
        boolean ours = new TwilioRequestSignature(TOKEN, base).valid(path, form, signature);
        assertEquals(sdk, ours, "for " + base + path + " signed as " + signedUrl);
        return ours;
    }

    @Test
    void acceptsWhatTheSdkAcceptsWithAndWithoutThePort() throws Exception {
        String path = "/webhooks/twilio/status?message=42";
        assertEquals(true, agree("https://sms.example.edu", path, "https://sms.example.edu" + path, TOKEN, FORM));
        assertEquals(true, agree("https://sms.example.edu", path, "https://sms.example.edu:443" + path, TOKEN, FORM));
        assertEquals(true, agree("https://sms.example.edu:443", path, "https://sms.example.edu" + path, TOKEN, FORM));
        assertEquals(true, agree("http://localhost:8080", path, "http://localhost:8080" + path, TOKEN, FORM));
        assertEquals(true, agree("http://localhost:8080", path, "http://localhost" + path, TOKEN, FORM));
        assertEquals(true, agree("https://example.edu/sms", "/webhooks/twilio/inbound",
                "https://example.edu:443/sms/webhooks/twilio/inbound", TOKEN, FORM));
    }

    @Test
    void refusesWhatTheSdkRefuses() throws Exception {
        String path = "/webhooks/twilio/inbound";
        assertFalse(agree("https://sms.example.edu", path, "https://sms.example.edu" + path, "another-token", FORM));
        assertFalse(agree("https://sms.example.edu", path, "https://sms.example.edu:8443" + path, TOKEN, FORM));
        assertFalse(agree("https://sms.example.edu", path, "https://sms.example.edu/other", TOKEN, FORM));
        Map<String, String> altered = new TreeMap<>(FORM);
        altered.put("Body", "STOP");
        assertFalse(agree("https://sms.example.edu", path, "https://sms.example.edu" + path, TOKEN, altered));
        assertFalse(new TwilioRequestSignature(TOKEN, "https://sms.example.edu").valid(path, FORM, null));
    }
}
