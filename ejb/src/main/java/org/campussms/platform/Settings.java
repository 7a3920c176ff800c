package org.campussms.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deployment settings. {@code wildfly-config/} defines them as server system properties resolved from
 * environment variables, so an operator configures the application in one place.
 */
@ApplicationScoped
public class Settings {

    /** The OIDC issuer that signs our tokens; WildFly checks every token's {@code iss} against it. */
    public String oidcIssuer() {
        return required("campus.oidc.issuer");
    }

    /** Where national numbers typed without a country code are taken to be (ISO 3166 code). */
    public String defaultPhoneRegion() {
        return System.getProperty("campus.default-phone-region", "US");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; see wildfly-config/");
        }
        return value;
    }
}
