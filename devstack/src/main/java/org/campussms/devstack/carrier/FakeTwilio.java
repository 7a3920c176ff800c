package org.campussms.devstack.carrier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Behaves like Twilio's Messages API for the Twilio SDK: form-encoded requests with Basic auth, Twilio's JSON and
 * error codes, then signed status callbacks ({@code sent}, then {@code delivered} or {@code undelivered}). It also
 * sells numbers for provisioning and sends signed inbound SMS ("a student replies") to our webhook.
 *
 * <p>Tests steer it in-process; the local run through its {@code /_fake/} HTTP endpoints.
 */
public final class FakeTwilio implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC" + "fa4e".repeat(8);
    public static final String AUTH_TOKEN = "fake-twilio-auth-token-0123456789";

    private static final Logger LOG = Logger.getLogger(FakeTwilio.class.getName());
    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final Pattern AVAILABLE =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/AvailablePhoneNumbers/([A-Z]{2})/(Local|TollFree)\\.json");
    private static final Pattern INCOMING = Pattern.compile("/2010-04-01/Accounts/([^/]+)/IncomingPhoneNumbers\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    /** A message the fake accepted. */
    public record Accepted(String sid, String from, String to, String body, String statusCallback, long acceptedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService requestThreads = Executors.newFixedThreadPool(32);
    private final ScheduledExecutorService callbacks = Executors.newScheduledThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String inboundWebhookUrl;

    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Set<String> unsubscribed = ConcurrentHashMap.newKeySet();
    private final Set<String> invalid = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> undeliverable = new ConcurrentHashMap<>();
    /** Pending failures per recipient number ("*" for any), each with its HTTP status. */
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile boolean sendCallbacks = true;
    private volatile Duration responseDelay = Duration.ZERO;
    private final AtomicInteger nextNumber = new AtomicInteger();
    private final Set<String> owned = ConcurrentHashMap.newKeySet();

    private FakeTwilio(HttpServer server, String inboundWebhookUrl) {
        this.server = server;
        this.inboundWebhookUrl = inboundWebhookUrl;
    }

    /**
     * @param inboundWebhookUrl where replies are posted, the public URL of our inbound webhook
     */
    public static FakeTwilio start(int port, String inboundWebhookUrl) {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every request of a client that
        // writes headers and body separately (Apache HttpClient does): the fake would look far slower than Twilio.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            FakeTwilio fake = new FakeTwilio(server, inboundWebhookUrl);
            server.setExecutor(fake.requestThreads);
            server.createContext("/2010-04-01/", fake::handleApi);
            server.createContext("/_fake/", fake::handleControl);
            server.start();
            LOG.info(() -> "Fake Twilio ready at " + fake.baseUrl());
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("Fake Twilio did not start on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- steering (tests) ----

    /** Sends to this number fail with 21610, as for a recipient who texted STOP to the carrier. */
    public void unsubscribe(String number) {
        unsubscribed.add(number);
    }

    /** Sends to this number fail with 21211, as for a number that is not in service. */
    public void invalidNumber(String number) {
        invalid.add(number);
    }

    /** Messages to this number are accepted, then reported undelivered with the carrier error code. */
    public void undeliverable(String number, int errorCode) {
        undeliverable.put(number, errorCode);
    }

    private record Failures(AtomicInteger left, int status) {
    }

    /** The next {@code count} sends to {@code to} ("*": to anyone) fail with HTTP {@code status} (429 or 5xx). */
    public void failNext(String to, int count, int status) {
        failures.put(to, new Failures(new AtomicInteger(count), status));
    }

    private Failures failureFor(String to) {
        for (String key : new String[] {to, "*"}) {
            Failures pending = key == null ? null : failures.get(key);
            if (pending != null && pending.left().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return pending;
            }
        }
        return null;
    }

    public void sendCallbacks(boolean enabled) {
        sendCallbacks = enabled;
    }

    /** How long each API call takes to answer, like a slow or distant API. */
    public void responseDelay(Duration delay) {
        responseDelay = delay;
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public List<Accepted> acceptedTo(String number) {
        return accepted.stream().filter(m -> m.to().equals(number)).toList();
    }

    public void reset() {
        accepted.clear();
        unsubscribed.clear();
        invalid.clear();
        undeliverable.clear();
        failures.clear();
        sendCallbacks = true;
        responseDelay = Duration.ZERO;
    }

    /** A person texts one of our numbers: a signed inbound webhook, as Twilio would post it. */
    public int reply(String from, String to, String body) {
        return reply(from, to, body, Map.of());
    }

    /**
     * A person texts one of our numbers, with further webhook parameters (e.g. OptOutType, which Twilio adds when
     * its own opt-out handling recognised a keyword).
     */
    public int reply(String from, String to, String body, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", newSid("SM"));
        params.put("SmsSid", params.get("MessageSid"));
        params.put("AccountSid", ACCOUNT_SID);
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        params.put("NumMedia", "0");
        params.put("NumSegments", "1");
        params.put("SmsStatus", "received");
        params.put("ApiVersion", "2010-04-01");
        params.putAll(extra);
        return postSigned(inboundWebhookUrl, params);
    }

    // ---- the API ----

    private void handleApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            pause(responseDelay);
            String path = exchange.getRequestURI().getPath();
            Matcher messages = MESSAGES.matcher(path);
            Matcher available = AVAILABLE.matcher(path);
            Matcher incoming = INCOMING.matcher(path);
            String account = messages.matches() ? messages.group(1)
                    : available.matches() ? available.group(1)
                    : incoming.matches() ? incoming.group(1) : null;
            if (account == null) {
                error(exchange, 404, 20404, "The requested resource " + path + " was not found");
            } else if (!authorized(exchange, account)) {
                error(exchange, 401, 20003, "Authenticate");
            } else if (messages.matches() && "POST".equals(exchange.getRequestMethod())) {
                createMessage(exchange, form(exchange));
            } else if (available.matches() && "GET".equals(exchange.getRequestMethod())) {
                availableNumbers(exchange);
            } else if (incoming.matches() && "POST".equals(exchange.getRequestMethod())) {
                buyNumber(exchange, form(exchange));
            } else {
                error(exchange, 405, 20004, "Method not allowed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Fake Twilio failed on a request", e);
        }
    }

    private void createMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
        String to = form.get("To");
        Failures failure = failureFor(to);
        if (failure != null) {
            int status = failure.status();
            error(exchange, status, status == 429 ? 20429 : 20500,
                    status == 429 ? "Too Many Requests" : "Service unavailable");
            return;
        }
        String from = form.get("From");
        String body = form.getOrDefault("Body", "");
        if (to == null || !E164.matcher(to).matches() || invalid.contains(to)) {
            error(exchange, 400, 21211, "The 'To' number " + to + " is not a valid phone number.");
            return;
        }
        if (from == null && form.get("MessagingServiceSid") == null) {
            error(exchange, 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
            return;
        }
        if (body.isEmpty() || body.length() > 1600) {
            error(exchange, 400, body.isEmpty() ? 21602 : 21617, "The message body is empty or too long.");
            return;
        }
        if (unsubscribed.contains(to)) {
            error(exchange, 400, 21610, "Attempt to send to unsubscribed recipient");
            return;
        }
        String sid = newSid("SM");
        String callback = form.get("StatusCallback");
        accepted.add(new Accepted(sid, from, to, body, callback, System.nanoTime()));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("account_sid", ACCOUNT_SID);
        message.put("api_version", "2010-04-01");
        message.put("body", body);
        message.put("date_created", now());
        message.put("date_sent", null);
        message.put("date_updated", now());
        message.put("direction", "outbound-api");
        message.put("error_code", null);
        message.put("error_message", null);
        message.put("from", from);
        message.put("messaging_service_sid", form.get("MessagingServiceSid"));
        message.put("num_media", "0");
        message.put("num_segments", String.valueOf(Math.max(1, (body.length() + 152) / 153)));
        message.put("price", null);
        message.put("price_unit", "USD");
        message.put("sid", sid);
        message.put("status", "queued");
        message.put("to", to);
        message.put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
        respond(exchange, 201, message);
        if (callback != null && sendCallbacks) {
            scheduleCallbacks(sid, from, to, callback);
        }
    }

    private void scheduleCallbacks(String sid, String from, String to, String url) {
        callbacks.schedule(() -> statusCallback(url, sid, from, to, "sent", null), 20, TimeUnit.MILLISECONDS);
        Integer error = undeliverable.get(to);
        callbacks.schedule(() -> statusCallback(url, sid, from, to, error == null ? "delivered" : "undelivered",
                error), 60, TimeUnit.MILLISECONDS);
    }

    private void statusCallback(String url, String sid, String from, String to, String status, Integer errorCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("SmsSid", sid);
        params.put("MessageStatus", status);
        params.put("SmsStatus", status);
        params.put("AccountSid", ACCOUNT_SID);
        params.put("From", from == null ? "" : from);
        params.put("To", to);
        params.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            params.put("ErrorCode", String.valueOf(errorCode));
        }
        postSigned(url, params);
    }

    private int postSigned(String url, Map<String, String> params) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", TwilioSignature.sign(AUTH_TOKEN, url, params))
                    .header("User-Agent", "TwilioProxy/1.1")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(params)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warning(() -> "Webhook " + url + " failed: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void availableNumbers(HttpExchange exchange) throws IOException {
        List<Map<String, Object>> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = String.format("+1617555%04d", 100 + Math.floorMod(nextNumber.getAndIncrement(), 100));
            numbers.add(Map.of("phone_number", number, "friendly_name", number, "iso_country", "US",
                    "capabilities", Map.of("SMS", true, "MMS", true, "voice", true)));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("available_phone_numbers", numbers);
        page.put("uri", exchange.getRequestURI().toString());
        page.put("first_page_uri", exchange.getRequestURI().toString());
        page.put("next_page_uri", null);
        page.put("previous_page_uri", null);
        page.put("page", 0);
        page.put("page_size", numbers.size());
        respond(exchange, 200, page);
    }

    private void buyNumber(HttpExchange exchange, Map<String, String> form) throws IOException {
        String number = form.get("PhoneNumber");
        if (number == null || !E164.matcher(number).matches()) {
            error(exchange, 400, 21421, "PhoneNumber is invalid");
            return;
        }
        if (!owned.add(number)) {
            error(exchange, 400, 21422, "PhoneNumber is not available");
            return;
        }
        Map<String, Object> bought = new LinkedHashMap<>();
        bought.put("sid", newSid("PN"));
        bought.put("account_sid", ACCOUNT_SID);
        bought.put("phone_number", number);
        bought.put("friendly_name", number);
        bought.put("date_created", now());
        bought.put("date_updated", now());
        bought.put("sms_url", form.getOrDefault("SmsUrl", ""));
        bought.put("status_callback", form.getOrDefault("StatusCallback", ""));
        bought.put("capabilities", Map.of("sms", true, "mms", true, "voice", true));
        respond(exchange, 201, bought);
    }

    // ---- control endpoints for the local run ----

    private void handleControl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = "POST".equals(exchange.getRequestMethod()) ? form(exchange) : Map.of();
            switch (path) {
                case "/_fake/replies" -> {
                    int status = reply(form.get("From"), form.get("To"), form.getOrDefault("Body", ""));
                    respond(exchange, 200, Map.of("webhookStatus", status));
                }
                case "/_fake/unsubscribed" -> {
                    unsubscribe(form.get("Number"));
                    respond(exchange, 200, Map.of("unsubscribed", form.get("Number")));
                }
                case "/_fake/failures" -> {
                    failNext(form.getOrDefault("Number", "*"), Integer.parseInt(form.getOrDefault("Count", "1")),
                            Integer.parseInt(form.getOrDefault("Status", "429")));
                    respond(exchange, 200, Map.of("failing", form.getOrDefault("Count", "1")));
                }
                case "/_fake/messages" -> respond(exchange, 200, Map.of("messages", accepted().stream()
                        .map(m -> Map.of("sid", m.sid(), "from", String.valueOf(m.from()), "to", m.to(),
                                "body", m.body()))
                        .toList()));
                default -> error(exchange, 404, 20404, "No such control endpoint");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Fake Twilio control request failed", e);
        }
    }

    // ---- plumbing ----

    private static boolean authorized(HttpExchange exchange, String account) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header) && ACCOUNT_SID.equals(account);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    static String formEncode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        respond(exchange, status, Map.of("code", code, "message", message,
                "more_info", "https://www.twilio.com/docs/errors/" + code, "status", status));
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String now() {
        return RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    private static String newSid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        callbacks.shutdownNow();
    }
}
