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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
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
    private static final Pattern MESSAGE =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages/(SM[0-9a-f]+)\\.json");
    private static final Pattern AVAILABLE =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/AvailablePhoneNumbers/([A-Z]{2})/(Local|TollFree)\\.json");
    private static final Pattern INCOMING = Pattern.compile("/2010-04-01/Accounts/([^/]+)/IncomingPhoneNumbers\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    /** A message the fake accepted. */
    public record Accepted(String sid, String from, String to, String body, String statusCallback, long acceptedNanos,
            ZonedDateTime createdAt) {
    }

    /** Where an accepted message is, as Twilio's Messages resource would show it. */
    private record Progress(String status, Integer errorCode, ZonedDateTime sentAt) {
    }

    private final HttpServer server;
    /** Enough threads that requests held by {@link #hangFor} never keep the others (and the controls) waiting. */
    private final ExecutorService requestThreads = Executors.newFixedThreadPool(160);
    private final ScheduledExecutorService callbacks = Executors.newScheduledThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String inboundWebhookUrl;

    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    /** Until when API requests are held unanswered (as by a hung carrier), as System.nanoTime(); 0 for never. */
    private volatile long hungUntilNanos;
    /** How long after a hang ends the texts asked for during it are taken; null: they are never taken. */
    private volatile Duration hangBacklog;
    /** Texts asked for during a hang and still to be taken once its backlog is worked through. */
    private final AtomicInteger backlogLeft = new AtomicInteger();
    /** How many of the next sends are accepted and then get no answer at all: the connection is closed. */
    private final AtomicInteger dropsLeft = new AtomicInteger();
    private final Set<String> unsubscribed = ConcurrentHashMap.newKeySet();
    private final Set<String> invalid = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> undeliverable = new ConcurrentHashMap<>();
    /** Pending failures per recipient number ("*" for any), each with its HTTP status. */
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile boolean sendCallbacks = true;
    private volatile Duration responseDelay = Duration.ZERO;
    private final AtomicInteger nextNumber = new AtomicInteger();
    private final Set<String> owned = ConcurrentHashMap.newKeySet();
    /** The numbers we bought, as Twilio's IncomingPhoneNumbers resource shows them, in the order bought. */
    private final ConcurrentLinkedQueue<Map<String, Object>> bought = new ConcurrentLinkedQueue<>();
    /** How many of the next number purchases are made and then get no answer: the connection is closed. */
    private final AtomicInteger purchaseDropsLeft = new AtomicInteger();
    private volatile boolean refusingSales;

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

    /** Failures to come: a number of them, or all until a time (System.nanoTime(); 0 for none). */
    private record Failures(AtomicInteger left, int status, long untilNanos) {

        boolean takeOne() {
            if (untilNanos != 0) {
                return System.nanoTime() - untilNanos < 0;
            }
            return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }

    /** The next {@code count} sends to {@code to} ("*": to anyone) fail with HTTP {@code status} (429 or 5xx). */
    public void failNext(String to, int count, int status) {
        failures.put(to, new Failures(new AtomicInteger(count), status, 0));
    }

    /** Every send to {@code to} ("*": to anyone) fails with HTTP {@code status} for {@code duration}: an outage. */
    public void failFor(String to, Duration duration, int status) {
        failures.put(to, new Failures(new AtomicInteger(), status, System.nanoTime() + duration.toNanos()));
    }

    private Failures failureFor(String to) {
        for (String key : new String[] {to, "*"}) {
            Failures pending = key == null ? null : failures.get(key);
            if (pending != null && pending.takeOne()) {
                return pending;
            }
        }
        return null;
    }

    /**
     * For {@code duration} every API request is held without an answer, then its connection is closed without one,
     * and nothing it asked for is done: a carrier that accepts connections and never answers.
     */
    public void hangFor(Duration duration) {
        hangBacklog = null;
        hungUntilNanos = System.nanoTime() + duration.toNanos();
    }

    /**
     * As {@link #hangFor}, except that the texts asked for during the hang are taken {@code backlog} after it ends
     * (their callers long gone): a carrier working through requests it held, as Twilio may. A text missing from its
     * list right after it answers again can appear there a moment later.
     */
    public void hangThenCatchUp(Duration hang, Duration backlog) {
        hangBacklog = backlog;
        hungUntilNanos = System.nanoTime() + hang.toNanos();
    }

    /** How many texts asked for during a hang are still to be taken. */
    public int backlog() {
        return backlogLeft.get();
    }

    /**
     * The next {@code count} sends are accepted (the text goes out, its callbacks follow) but the connection is closed
     * before the answer: the sender cannot know the text went out.
     */
    public void dropAnswers(int count) {
        dropsLeft.set(count);
    }

    /** The next {@code count} number purchases go through, but their answer never comes. */
    public void dropPurchaseAnswers(int count) {
        purchaseDropsLeft.set(count);
    }

    /** Number purchases are refused (20003-like account trouble): 400 with code 21452. */
    public void refuseSales(boolean refusing) {
        refusingSales = refusing;
    }

    /** The numbers bought so far, each as {@code [phone_number, friendly_name]}. */
    public List<List<String>> boughtNumbers() {
        return bought.stream().map(n -> List.of(String.valueOf(n.get("phone_number")),
                String.valueOf(n.get("friendly_name")))).toList();
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
        progress.clear();
        purchaseDropsLeft.set(0);
        refusingSales = false;
        hungUntilNanos = 0;
        hangBacklog = null;
        dropsLeft.set(0);
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
        return post(from, to, body, extra).status();
    }

    /** A reply as posted: its MessageSid and the status our webhook answered (-1: no answer). */
    public record Posted(String messageSid, int status) {
    }

    /** A person texts one of our numbers; the MessageSid tells the caller which stored message is this one. */
    public Posted post(String from, String to, String body) {
        return post(from, to, body, Map.of());
    }

    private Posted post(String from, String to, String body, Map<String, String> extra) {
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
        return new Posted(params.get("MessageSid"), postSigned(inboundWebhookUrl, params));
    }

    // ---- the API ----

    private void handleApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            pause(responseDelay);
            String path = exchange.getRequestURI().getPath();
            Matcher messages = MESSAGES.matcher(path);
            boolean send = messages.matches() && "POST".equals(exchange.getRequestMethod());
            Map<String, String> sendForm = send ? form(exchange) : Map.of();
            if (heldUnanswered()) {
                Duration backlog = hangBacklog;
                if (send && backlog != null) {
                    backlogLeft.incrementAndGet();
                    callbacks.schedule(() -> takeLate(sendForm), backlog.toMillis(), TimeUnit.MILLISECONDS);
                }
                return;
            }
            Matcher message = MESSAGE.matcher(path);
            Matcher available = AVAILABLE.matcher(path);
            Matcher incoming = INCOMING.matcher(path);
            String account = messages.matches() ? messages.group(1)
                    : message.matches() ? message.group(1)
                    : available.matches() ? available.group(1)
                    : incoming.matches() ? incoming.group(1) : null;
            if (account == null) {
                error(exchange, 404, 20404, "The requested resource " + path + " was not found");
            } else if (!authorized(exchange, account)) {
                error(exchange, 401, 20003, "Authenticate");
            } else if (send) {
                createMessage(exchange, sendForm);
            } else if (messages.matches() && "GET".equals(exchange.getRequestMethod())) {
                listMessages(exchange, query(exchange));
            } else if (message.matches() && "GET".equals(exchange.getRequestMethod())) {
                Accepted found = accepted.stream().filter(m -> m.sid().equals(message.group(2))).findFirst()
                        .orElse(null);
                if (found == null) {
                    error(exchange, 404, 20404, "The requested resource " + path + " was not found");
                } else {
                    respond(exchange, 200, messageJson(found));
                }
            } else if (available.matches() && "GET".equals(exchange.getRequestMethod())) {
                availableNumbers(exchange);
            } else if (incoming.matches() && "POST".equals(exchange.getRequestMethod())) {
                buyNumber(exchange, form(exchange));
            } else if (incoming.matches() && "GET".equals(exchange.getRequestMethod())) {
                listNumbers(exchange, query(exchange));
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
        Accepted message = take(from, to, body, form.get("StatusCallback"));
        String sid = message.sid();
        if (dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            // Closing the exchange before any answer closes the connection: the client sees no response at all.
            LOG.info(() -> "Fake Twilio accepted " + sid + " and drops the answer");
            return;
        }
        respond(exchange, 201, messageJson(message));
    }

    private Accepted take(String from, String to, String body, String callback) {
        Accepted message = new Accepted(newSid("SM"), from, to, body, callback, System.nanoTime(),
                ZonedDateTime.now(ZoneOffset.UTC));
        progress.put(message.sid(), new Progress("queued", null, null));
        accepted.add(message);
        scheduleProgress(message);
        return message;
    }

    /** A text asked for during a hang, taken now that the backlog is worked through (its answer went nowhere). */
    private void takeLate(Map<String, String> form) {
        try {
            Accepted message = take(form.get("From"), form.get("To"), form.getOrDefault("Body", ""),
                    form.get("StatusCallback"));
            LOG.info(() -> "Fake Twilio took " + message.sid() + " from its backlog after a hang");
        } finally {
            backlogLeft.decrementAndGet();
        }
    }

    /** A message as Twilio's API shows it, with where it is now. */
    private Map<String, Object> messageJson(Accepted accepted) {
        Progress now = progress.getOrDefault(accepted.sid(), new Progress("queued", null, null));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("account_sid", ACCOUNT_SID);
        message.put("api_version", "2010-04-01");
        message.put("body", accepted.body());
        message.put("date_created", RFC_2822.format(accepted.createdAt()));
        message.put("date_sent", now.sentAt() == null ? null : RFC_2822.format(now.sentAt()));
        message.put("date_updated", now());
        message.put("direction", "outbound-api");
        message.put("error_code", now.errorCode());
        message.put("error_message", null);
        message.put("from", accepted.from());
        message.put("messaging_service_sid", null);
        message.put("num_media", "0");
        message.put("num_segments", String.valueOf(Math.max(1, (accepted.body().length() + 152) / 153)));
        message.put("price", null);
        message.put("price_unit", "USD");
        message.put("sid", accepted.sid());
        message.put("status", now.status());
        message.put("to", accepted.to());
        message.put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + accepted.sid() + ".json");
        return message;
    }

    /**
     * Twilio's Messages list: filtered by To, From and DateSent (a day, or before / after a time, with
     * {@code DateSent<} and {@code DateSent>}), newest first, in pages of PageSize (default 50) addressed by Page.
     */
    private void listMessages(HttpExchange exchange, Map<String, String> query) throws IOException {
        int pageSize = Math.max(1, Math.min(1000, Integer.parseInt(query.getOrDefault("PageSize", "50"))));
        int pageNumber = Math.max(0, Integer.parseInt(query.getOrDefault("Page", "0")));
        List<Accepted> matching = new ArrayList<>(accepted.stream()
                .filter(m -> !query.containsKey("To") || query.get("To").equals(m.to()))
                .filter(m -> !query.containsKey("From") || query.get("From").equals(m.from()))
                .filter(m -> sentMatches(m, query))
                .toList());
        Collections.reverse(matching);
        int from = Math.min(matching.size(), pageNumber * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        String base = exchange.getRequestURI().getPath();
        Map<String, String> others = new LinkedHashMap<>(query);
        others.remove("Page");
        others.remove("PageToken");
        others.put("PageSize", String.valueOf(pageSize));
        String filters = formEncode(others);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("messages", matching.subList(from, to).stream().map(this::messageJson).toList());
        page.put("uri", base + "?" + filters + "&Page=" + pageNumber);
        page.put("first_page_uri", base + "?" + filters + "&Page=0");
        page.put("next_page_uri", to < matching.size()
                ? base + "?" + filters + "&Page=" + (pageNumber + 1) + "&PageToken=PA" + to : null);
        page.put("previous_page_uri", pageNumber > 0 ? base + "?" + filters + "&Page=" + (pageNumber - 1) : null);
        page.put("page", pageNumber);
        page.put("page_size", pageSize);
        page.put("start", from);
        page.put("end", Math.max(from, to - 1));
        respond(exchange, 200, page);
    }

    /** Whether the filter {@code name} is absent from the query or equals {@code value}. */
    private static boolean matches(Map<String, String> query, String name, Object value) {
        return !query.containsKey(name) || query.get(name).equals(value);
    }

    private boolean sentMatches(Accepted message, Map<String, String> query) {
        ZonedDateTime sentAt = progress.getOrDefault(message.sid(), new Progress("queued", null, null)).sentAt();
        String on = query.get("DateSent");
        String before = query.get("DateSent<");
        String after = query.get("DateSent>");
        if (on == null && before == null && after == null) {
            return true;
        }
        if (sentAt == null) {
            return false;
        }
        return (on == null || sentAt.toLocalDate().toString().equals(on))
                && (before == null || !sentAt.isAfter(parseDateSent(before, true)))
                && (after == null || !sentAt.isBefore(parseDateSent(after, false)));
    }

    /** A DateSent bound: a day (YYYY-MM-DD: its end for "before", its start for "after") or an ISO date-time. */
    private static ZonedDateTime parseDateSent(String value, boolean upper) {
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC);
        }
        return ZonedDateTime.parse(value);
    }

    /** Moves the message through sent, then delivered or undelivered, posting each as a callback when asked to. */
    private void scheduleProgress(Accepted message) {
        Integer error = undeliverable.get(message.to());
        callbacks.schedule(() -> {
            progress.put(message.sid(), new Progress("sent", null, ZonedDateTime.now(ZoneOffset.UTC)));
            if (message.statusCallback() != null && sendCallbacks) {
                statusCallback(message.statusCallback(), message.sid(), message.from(), message.to(), "sent", null);
            }
        }, 20, TimeUnit.MILLISECONDS);
        callbacks.schedule(() -> {
            String status = error == null ? "delivered" : "undelivered";
            progress.computeIfPresent(message.sid(), (sid, p) -> new Progress(status, error, p.sentAt()));
            if (message.statusCallback() != null && sendCallbacks) {
                statusCallback(message.statusCallback(), message.sid(), message.from(), message.to(), status, error);
            }
        }, 60, TimeUnit.MILLISECONDS);
    }

    /** While the carrier hangs, holds the request until the hang ends; true: it gets no answer. */
    private boolean heldUnanswered() {
        long until = hungUntilNanos;
        long left = until - System.nanoTime();
        if (until == 0 || left <= 0) {
            return false;
        }
        pause(Duration.ofNanos(left));
        return true;
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
        if (refusingSales) {
            error(exchange, 400, 21452, "No international authorization to buy this number");
            return;
        }
        if (number == null || !E164.matcher(number).matches()) {
            error(exchange, 400, 21421, "PhoneNumber is invalid");
            return;
        }
        if (!owned.add(number)) {
            error(exchange, 400, 21422, "PhoneNumber is not available");
            return;
        }
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("sid", newSid("PN"));
        purchase.put("account_sid", ACCOUNT_SID);
        purchase.put("phone_number", number);
        purchase.put("friendly_name", form.getOrDefault("FriendlyName", number));
        purchase.put("date_created", now());
        purchase.put("date_updated", now());
        purchase.put("sms_url", form.getOrDefault("SmsUrl", ""));
        purchase.put("status_callback", form.getOrDefault("StatusCallback", ""));
        purchase.put("capabilities", Map.of("sms", true, "mms", true, "voice", true));
        bought.add(purchase);
        if (purchaseDropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            LOG.info(() -> "Fake Twilio sold " + number + " and drops the answer");
            return;
        }
        respond(exchange, 201, purchase);
    }

    /** Twilio's IncomingPhoneNumbers list, filtered by FriendlyName and PhoneNumber; one page holds them all. */
    private void listNumbers(HttpExchange exchange, Map<String, String> query) throws IOException {
        List<Map<String, Object>> numbers = bought.stream()
                .filter(n -> matches(query, "FriendlyName", n.get("friendly_name")))
                .filter(n -> matches(query, "PhoneNumber", n.get("phone_number")))
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("incoming_phone_numbers", numbers);
        page.put("uri", exchange.getRequestURI().toString());
        page.put("first_page_uri", exchange.getRequestURI().toString());
        page.put("next_page_uri", null);
        page.put("previous_page_uri", null);
        page.put("page", 0);
        page.put("page_size", Math.max(50, numbers.size()));
        page.put("start", 0);
        page.put("end", Math.max(0, numbers.size() - 1));
        respond(exchange, 200, page);
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
                case "/_fake/hang" -> {
                    hangFor(Duration.ofSeconds(Long.parseLong(form.getOrDefault("Seconds", "60"))));
                    respond(exchange, 200, Map.of("hangingSeconds", form.getOrDefault("Seconds", "60")));
                }
                case "/_fake/drops" -> {
                    dropAnswers(Integer.parseInt(form.getOrDefault("Count", "1")));
                    respond(exchange, 200, Map.of("dropping", form.getOrDefault("Count", "1")));
                }
                case "/_fake/failures" -> {
                    String number = form.getOrDefault("Number", "*");
                    int status = Integer.parseInt(form.getOrDefault("Status", "429"));
                    if (form.containsKey("Seconds")) {
                        failFor(number, Duration.ofSeconds(Long.parseLong(form.get("Seconds"))), status);
                    } else {
                        failNext(number, Integer.parseInt(form.getOrDefault("Count", "1")), status);
                    }
                    respond(exchange, 200, Map.of("failing", form.getOrDefault("Seconds", form.getOrDefault("Count",
                            "1"))));
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
        return decodeForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return decodeForm(query == null ? "" : query);
    }

    private static Map<String, String> decodeForm(String body) {
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
