package org.campussms.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mail catcher (GreenMail, a real SMTP and IMAP server in process): the server's fallback emails land here instead
 * of in anyone's inbox. Tests read them in-process; on the local run they are listed as JSON at {@code /mails} on
 * the web port (when one is given), or read with any IMAP client logging in as the recipient's address with any
 * password.
 */
public final class LocalMail implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalMail.class.getName());
    private static final String HOST = "127.0.0.1";

    /** A mail as the catcher received it. */
    public record Mail(List<String> to, String from, String subject, String body) {
    }

    private final GreenMail greenMail;
    private final HttpServer web;

    private LocalMail(GreenMail greenMail, HttpServer web) {
        this.greenMail = greenMail;
        this.web = web;
    }

    /**
     * SMTP on {@code smtpPort}, IMAP on {@code imapPort}; {@code webPort} 0 starts no web listing. Any account is
     * accepted: mail to any address is kept.
     */
    public static LocalMail start(int smtpPort, int imapPort, int webPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        HttpServer web = null;
        if (webPort > 0) {
            try {
                web = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), webPort), 20);
            } catch (IOException e) {
                greenMail.stop();
                throw new UncheckedIOException("The mail catcher's web listing did not start on port " + webPort, e);
            }
        }
        LocalMail mail = new LocalMail(greenMail, web);
        if (web != null) {
            web.createContext("/mails", mail::list);
            web.start();
        }
        LOG.info(() -> "Mail catcher ready: " + mail.describe());
        return mail;
    }

    public String smtpHost() {
        return HOST;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** The JSON listing of received mails, when the web port is on. */
    public String webUrl() {
        return web == null ? null : "http://" + HOST + ":" + web.getAddress().getPort() + "/mails";
    }

    public String describe() {
        return "SMTP " + HOST + ":" + smtpPort() + ", IMAP " + HOST + ":" + imapPort()
                + " (user: the recipient's address, any password)" + (web == null ? "" : ", list " + webUrl());
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(LocalMail::mail).toList();
    }

    /** The mails received for this address, oldest first. */
    public List<Mail> receivedBy(String address) {
        return received().stream().filter(m -> m.to().contains(address)).toList();
    }

    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the mail catcher", e);
        }
    }

    @Override
    public void close() {
        if (web != null) {
            web.stop(0);
        }
        greenMail.stop();
    }

    private static Mail mail(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Address[] from = message.getFrom();
            Object content = message.getContent();
            return new Mail(to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    from == null || from.length == 0 ? null : from[0].toString(), message.getSubject(),
                    content instanceof String text ? text.strip() : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail in the catcher", e);
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<Map<String, Object>> mails = received().stream().map(m -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("to", m.to());
                json.put("from", m.from());
                json.put("subject", m.subject());
                json.put("body", m.body());
                return json;
            }).toList();
            byte[] body = JsonMapper.builder().build().writeValueAsString(Map.of("mails", mails))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
