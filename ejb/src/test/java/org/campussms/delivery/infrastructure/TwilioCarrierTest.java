package org.campussms.delivery.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.CarrierUncertain;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.metrics.Counters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a send's failures mean, against small local servers: the SDK's own retries are off, our timeouts are in
 * force, and only a failure before the request left counts as "not sent".
 */
class TwilioCarrierTest {

    private static final String ACCOUNT = "AC" + "0123".repeat(8);
    private static final HandOff TEXT = new HandOff(1, "+12015550100", "+12015550123", "Hello", 1, 1,
            "http://localhost/webhooks/twilio/status?message=1", ConsentScope.pool(1), false);
    private static final Duration CONNECT = Duration.ofMillis(500);
    private static final Duration READ = Duration.ofMillis(700);

    private final List<AutoCloseable> servers = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void aCreatedMessageGivesItsSid() throws Exception {
        String sid = carrierAnswering(201, "{\"sid\":\"SM0123\",\"status\":\"queued\"}").send(TEXT);
        assertEquals("SM0123", sid);
    }

    @Test
    void a503IsUncertainAndAskedOnceNotThreeTimes() {
        TwilioCarrier carrier = carrierAnswering(503, error(20500, 503));
        CarrierUncertain uncertain = assertThrows(CarrierUncertain.class, () -> carrier.send(TEXT));
        assertFalse(uncertain.carrierAnswering(), "a 5xx stops the rest of the batch");
        assertEquals(1, requests.get(), "requests the carrier got");
    }

    @Test
    void a429MeansNotTakenAndIsAskedOnce() {
        TwilioCarrier carrier = carrierAnswering(429, error(20429, 429));
        assertThrows(CarrierUnavailable.class, () -> carrier.send(TEXT));
        assertEquals(1, requests.get(), "requests the carrier got");
    }

    @Test
    void anInvalidNumberIsARejectionWithItsCode() {
        TwilioCarrier carrier = carrierAnswering(400, error(21211, 400));
        CarrierRejection rejection = assertThrows(CarrierRejection.class, () -> carrier.send(TEXT));
        assertEquals(21211, rejection.code());
    }

    @Test
    void aCarrierThatNeverAnswersIsUncertainAfterTheReadTimeout() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(silent);
        List<Socket> held = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = silent.accept();
                    held.add(socket);
                    requests.incrementAndGet();
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.start();
        long started = System.nanoTime();
        CarrierUncertain uncertain = assertThrows(CarrierUncertain.class,
                () -> carrier(silent.getLocalPort()).send(TEXT));
        assertFalse(uncertain.carrierAnswering(), "a hung carrier stops the rest of the batch");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= READ.toMillis() && tookMillis < 5_000, "gave up after " + tookMillis + " ms");
        assertEquals(1, requests.get(), "connections the carrier got");
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void aConnectionClosedAfterTheRequestWithoutAnAnswerIsUncertain() throws Exception {
        ServerSocket dropping = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(dropping);
        Thread acceptor = new Thread(() -> {
            try (Socket socket = dropping.accept()) {
                requests.incrementAndGet();
                readRequestHead(socket.getInputStream());
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.start();
        CarrierUncertain uncertain = assertThrows(CarrierUncertain.class,
                () -> carrier(dropping.getLocalPort()).send(TEXT));
        assertTrue(uncertain.carrierAnswering(), "a connection closed at once: the carrier is up");
        assertEquals(1, requests.get());
    }

    @Test
    void aRefusedConnectionMeansNotSent() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        int port = closedPort;
        assertThrows(CarrierUnavailable.class, () -> carrier(port).send(TEXT));
    }

    private TwilioCarrier carrierAnswering(int status, String json) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            servers.add(() -> server.stop(0));
            return carrier(server.getAddress().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TwilioCarrier carrier(int port) {
        return new TwilioCarrier(TwilioRestClients.create(ACCOUNT, "token", Optional.of("http://127.0.0.1:" + port),
                CONNECT, READ), new Counters());
    }

    private static String error(int code, int status) {
        return "{\"code\":" + code + ",\"message\":\"failed\",\"more_info\":\"\",\"status\":" + status + "}";
    }

    /** Reads up to the end of the request's headers (its body follows; not needed). */
    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0 && matched < 4; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }
}
