package org.campussms.delivery.infrastructure;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.Settings;

/**
 * The carrier, through the Twilio SDK. With TWILIO_API_BASE set (tests, the local run) every API call goes to that
 * host instead of api.twilio.com; nothing else differs.
 */
@ApplicationScoped
public class TwilioCarrier implements Carrier {

    private static final Logger LOG = Logger.getLogger(TwilioCarrier.class.getName());

    @Inject
    private Settings settings;

    private TwilioRestClient client;

    @PostConstruct
    void connect() {
        // No cookies, redirects or automatic retries: the API needs none, and a send is retried by our queue only.
        HttpClientBuilder http = HttpClientBuilder.create()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(30, TimeUnit.SECONDS)
                        .build());
        settings.twilioApiBase().ifPresent(base -> {
            HttpHost target = HttpHost.create(URI.create(base));
            // Every request goes to the fake's host, whatever host the SDK addressed.
            HttpRoutePlanner toBase = (host, context) -> new HttpRoute(target);
            http.setRoutePlanner(toBase);
            LOG.info(() -> "Twilio API calls go to " + base);
        });
        client = new TwilioRestClient.Builder(settings.twilioAccountSid(), settings.twilioAuthToken())
                .httpClient(new NetworkHttpClient(http))
                .build();
    }

    @Override
    public BoughtNumber buyLocalNumber(String country, String smsWebhookUrl) throws CarrierUnavailable,
            CarrierRejection {
        try {
            Local offered = StreamSupport.stream(Local.reader(country).setSmsEnabled(true).limit(1).read(client)
                            .spliterator(), false)
                    .findFirst()
                    .orElseThrow(() -> new CarrierUnavailable(null, "The carrier offers no numbers in " + country,
                            null));
            IncomingPhoneNumber bought = IncomingPhoneNumber.creator(offered.getPhoneNumber())
                    .setSmsUrl(URI.create(smsWebhookUrl))
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

    @Override
    public String send(HandOff handOff) throws CarrierRejection, CarrierUnavailable {
        try {
            Message message = Message.creator(new PhoneNumber(handOff.to()), new PhoneNumber(handOff.from()),
                            handOff.text())
                    .setStatusCallback(URI.create(handOff.statusCallbackUrl()))
                    .create(client);
            return message.getSid();
        } catch (ApiConnectionException e) {
            throw new CarrierUnavailable(null, "Carrier unreachable: " + e.getMessage(), e);
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null || status == 429 || status >= 500) {
                throw new CarrierUnavailable(e.getCode(), e.getMessage(), e);
            }
            throw new CarrierRejection(e.getCode(), e.getMessage());
        }
    }
}
