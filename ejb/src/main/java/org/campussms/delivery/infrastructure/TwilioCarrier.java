package org.campussms.delivery.infrastructure;

import com.twilio.base.Page;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierMessage;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.CarrierUncertain;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.Settings;
import org.campussms.platform.metrics.Counters;

/**
 * The carrier, through the Twilio SDK ({@link TwilioRestClients}: connect within 5 s, an answer within 15 s, no
 * retries of the SDK's own). With TWILIO_API_BASE set (tests, the local run) every API call goes to that host
 * instead of api.twilio.com; nothing else differs.
 */
@ApplicationScoped
public class TwilioCarrier implements Carrier {

    private static final Logger LOG = Logger.getLogger(TwilioCarrier.class.getName());
    private static final int PAGE_SIZE = 50;
    /** How many pages a lookup reads at most: a hand-off is looked up minutes after it, never months. */
    private static final int MAX_PAGES = 20;

    @Inject
    private Settings settings;

    @Inject
    private Counters counters;

    private TwilioRestClient client;

    public TwilioCarrier() {
    }

    TwilioCarrier(TwilioRestClient client, Counters counters) {
        this.client = client;
        this.counters = counters;
    }

    @PostConstruct
    void connect() {
        client = TwilioRestClients.create(settings.twilioAccountSid(), settings.twilioAuthToken(),
                settings.twilioApiBase(), TwilioRestClients.CONNECT_TIMEOUT, TwilioRestClients.READ_TIMEOUT);
        settings.twilioApiBase().ifPresent(base -> LOG.info(() -> "Twilio API calls go to " + base));
    }

    @Override
    public String send(HandOff handOff) throws CarrierRejection, CarrierUnavailable, CarrierUncertain {
        try {
            String sid = Message.creator(new PhoneNumber(handOff.to()), new PhoneNumber(handOff.from()),
                            handOff.text())
                    .setStatusCallback(URI.create(handOff.statusCallbackUrl()))
                    .create(client)
                    .getSid();
            counters.increment(Counters.HAND_OFFS, handOff.from());
            return sid;
        } catch (ApiConnectionException e) {
            counters.increment(Counters.CARRIER_ERRORS, "no_answer");
            throw new CarrierUncertain(null, "No answer from the carrier: " + e.getMessage(), e, false);
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null) {
                boolean neverSent = neverSent(e);
                boolean timedOut = e.getCause() instanceof InterruptedIOException;
                counters.increment(Counters.CARRIER_ERRORS, neverSent ? "connect" : timedOut ? "timeout" : "no_answer");
                if (neverSent) {
                    throw new CarrierUnavailable(null, "Carrier unreachable: " + e.getMessage(), e);
                }
                throw new CarrierUncertain(null, (timedOut ? "No answer from the carrier in time: "
                        : "The carrier closed the connection without an answer: ") + e.getMessage(), e, !timedOut);
            }
            counters.increment(Counters.CARRIER_ERRORS, e.getCode() == null ? "http_" + status
                    : String.valueOf(e.getCode()));
            if (status == 429) {
                throw new CarrierUnavailable(e.getCode(), e.getMessage(), e);
            }
            if (status >= 500) {
                throw new CarrierUncertain(e.getCode(), "The carrier answered " + status + ": " + e.getMessage(), e,
                        false);
            }
            throw new CarrierRejection(e.getCode(), e.getMessage());
        }
    }

    /**
     * Whether the failure happened before the request could leave (no connection): then the carrier surely has
     * nothing. Anything later (a read timeout, a reset, a connection closed without an answer) may follow a request
     * the carrier took.
     */
    private static boolean neverSent(ApiException e) {
        Throwable cause = e.getCause();
        return cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException;
    }

    /**
     * Reads Twilio's Messages list filtered by To and From, newest first, up to the first message created before
     * {@code since}. Not filtered by DateSent as well: a message still queued at the carrier has no date sent yet,
     * and would look like one never sent.
     */
    @Override
    public List<CarrierMessage> sentSince(String from, String to, Instant since) throws CarrierUnavailable {
        MessageReader reader = Message.reader().setTo(new PhoneNumber(to)).setFrom(new PhoneNumber(from))
                .setPageSize((long) PAGE_SIZE);
        List<CarrierMessage> found = new ArrayList<>();
        try {
            Page<Message> page = reader.firstPage(client);
            for (int pages = 1; ; pages++) {
                for (Message message : page.getRecords()) {
                    CarrierMessage listed = carrierMessage(message);
                    if (listed.createdAt() != null && listed.createdAt().isBefore(since)) {
                        return found;
                    }
                    found.add(listed);
                }
                if (!page.hasNextPage() || pages >= MAX_PAGES) {
                    return found;
                }
                page = reader.nextPage(page, client);
            }
        } catch (TwilioException e) {
            throw new CarrierUnavailable(null, "Cannot list the carrier's messages: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BoughtNumber> findBought(String tag) throws CarrierUnavailable {
        try {
            return StreamSupport.stream(IncomingPhoneNumber.reader().setFriendlyName(tag).limit(1).read(client)
                            .spliterator(), false)
                    .findFirst()
                    .map(n -> new BoughtNumber(n.getPhoneNumber().toString(), n.getSid()));
        } catch (TwilioException e) {
            throw new CarrierUnavailable(null, "Cannot list the numbers bought: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CarrierMessage> find(String sid) throws CarrierUnavailable {
        try {
            return Optional.of(carrierMessage(Message.fetcher(sid).fetch(client)));
        } catch (ApiException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode())) {
                return Optional.empty();
            }
            throw new CarrierUnavailable(e.getCode(), "Cannot fetch message " + sid + ": " + e.getMessage(), e);
        } catch (TwilioException e) {
            throw new CarrierUnavailable(null, "Cannot fetch message " + sid + ": " + e.getMessage(), e);
        }
    }

    private static CarrierMessage carrierMessage(Message message) {
        return new CarrierMessage(message.getSid(), message.getBody(),
                message.getStatus() == null ? null : message.getStatus().toString(), message.getErrorCode(),
                message.getDateCreated() == null ? null : message.getDateCreated().toInstant());
    }

    @Override
    public BoughtNumber buyLocalNumber(String country, String smsWebhookUrl, String tag) throws CarrierUnavailable,
            CarrierRejection {
        try {
            Local offered = StreamSupport.stream(Local.reader(country).setSmsEnabled(true).limit(1).read(client)
                            .spliterator(), false)
                    .findFirst()
                    .orElseThrow(() -> new CarrierUnavailable(null, "The carrier offers no numbers in " + country,
                            null));
            IncomingPhoneNumber bought = IncomingPhoneNumber.creator(offered.getPhoneNumber())
                    .setSmsUrl(URI.create(smsWebhookUrl))
                    .setFriendlyName(tag)
                    .create(client);
            return new BoughtNumber(bought.getPhoneNumber().toString(), bought.getSid());
        } catch (ApiConnectionException e) {
            throw new CarrierUnavailable(null, "Carrier unreachable: " + e.getMessage(), e);
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null || status == 429 || status >= 500 || Integer.valueOf(21422).equals(e.getCode())) {
                // 21422: the offered number was sold meanwhile; another try gets another number.
                throw new CarrierUnavailable(e.getCode(), e.getMessage(), e);
            }
            throw new CarrierRejection(e.getCode(), e.getMessage());
        }
    }
}
