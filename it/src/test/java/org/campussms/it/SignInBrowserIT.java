package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing in to the browser inbox through the sign-in provider's page, as staff do, in a real Chromium. */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void staffSignInThroughTheProvidersPageAndSeeWhoTheyAre() {
        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the provider's login page", Browser.text("Local campus sign-in"));
            assertTrue(browser.url().startsWith(signIn().issuerUrl()), "sent to the provider: " + browser.url());

            browser.awaitVisible("Dana's button", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the shell with Dana's name", Browser.text("Signed in as Dana Advisor"));
            long interactive = browser.millisSinceNavigation();
            System.out.printf("Browser inbox: signed in and interactive %d ms after the provider's redirect%n",
                    interactive);
            assertEquals(baseUrl() + "/app/", browser.url(), "the code and state are gone from the address");
            long javaScript = (Long) browser.script("""
                    return performance.getEntriesByType('resource').filter(r => r.name.endsWith('.js'))
                      .reduce((sum, r) => sum + r.encodedBodySize, 0)""");
            System.out.printf("Browser inbox: %d KB of JavaScript over the wire for the first screen%n",
                    javaScript / 1024);
            assertTrue(javaScript > 0 && javaScript < 300 * 1024, javaScript + " bytes, compressed, within 300 KB");
            browser.awaitVisible("the personal number's state",
                    Browser.text("No personal number yet: it is set up on your first text"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("shell");

            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the shell after a reload", Browser.text("Signed in as Dana Advisor"));
            System.out.printf("Browser inbox: loaded again, signed in, interactive after %d ms%n",
                    browser.millisSinceNavigation());

            browser.focused().sendKeys(Keys.TAB);
            assertEquals("Keyboard shortcuts", browser.focused().getText(), "the first stop of the keyboard");
            browser.focused().sendKeys(Keys.TAB);
            assertEquals("Sign out", browser.focused().getText(), "the second");
            browser.focused().sendKeys(Keys.ENTER);
            // Signed out at the provider too, and back on the app's own page, which waits to be asked.
            browser.awaitVisible("the signed-out page", By.xpath("//h1[normalize-space(.)='You are signed out']"));
            assertEquals(baseUrl() + "/app/signed-out", browser.url());
            assertEquals(0L, browser.script("return Object.keys(sessionStorage).filter(k => k.startsWith('oidc.user'))"
                    + ".length"), "no token is left in the tab");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("signed-out");
            browser.awaitVisible("the way back in", Browser.button("Sign in again")).click();
            browser.awaitVisible("the login page again, asking who", Browser.text("Local campus sign-in"));
        }
    }

    @Test
    void aLinkIntoTheAppLeadsThereThroughTheSignInAndFitsAPhoneWideScreen() {
        try (Browser browser = Browser.open(320, 640)) {
            browser.go(baseUrl() + "/app/conversations/12");
            browser.awaitVisible("Avery's button", Browser.button("Sign in as Avery Admin (staff, admin)")).click();
            browser.awaitVisible("the shell", Browser.text("Signed in as Avery Admin"));
            String signInProvider = signIn().issuerUrl().replaceFirst("(https?://[^/]+).*", "$1");
            assertEquals(List.of(), browser.consoleErrors(signInProvider), "the console stays free of errors");
            assertEquals(320L, browser.script("return window.innerWidth"), "a phone-wide viewport");
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow, "no sideways scrolling at 320 px (WCAG 1.4.10)");
            assertEquals(baseUrl() + "/app/conversations/12", browser.url(), "back where the link pointed");
            assertTrue(browser.awaitVisible("the main region", By.tagName("main")).isDisplayed());
            browser.screenshot("shell-320px");

            // Every screen, reached by its link as a keyboard or touch user would, fits the phone-wide screen, and
            // leaves nothing in the console: no failed load, nothing the Content-Security-Policy refused.
            for (String[] screen : new String[][] {{"New conversation", "new"}, {"Bulk send", "bulk"},
                    {"Reports", "reports"}, {"Pools", "pools"}, {"Search history", "search"}, {"Inbox", ""}}) {
                browser.awaitVisible("the link to " + screen[0], By.linkText(screen[0])).click();
                browser.awaitVisible(screen[0] + " open", By.xpath("//main[@aria-label='" + screen[0] + "']"
                        + (screen[1].isEmpty() ? "" : "//h1")));
                assertEquals(0L, browser.script("return document.documentElement.scrollWidth "
                        + "- document.documentElement.clientWidth"), screen[0] + ": no sideways scrolling at 320 px");
                assertEquals(List.of(), browser.seriousAccessibilityViolations(), screen[0]);
                assertEquals(baseUrl() + "/app/" + screen[1], browser.url(), screen[0] + " has its own address");
                assertEquals(List.of(), browser.consoleErrors(signInProvider), screen[0] + ": no console errors");
                browser.screenshot("screen-320px-" + (screen[1].isEmpty() ? "inbox" : screen[1]));
            }
        }
    }

    /**
     * A sign-in about to end is renewed without asking: the tab's stored sign-in is made to end in 65 s (the
     * provider's tokens last 8 h), and the app renews it from the provider a minute before, keeping who the user is.
     */
    @Test
    void aSignInAboutToEndIsRenewedWithoutAsking() {
        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("Avery's button", Browser.button("Sign in as Avery Admin (staff, admin)")).click();
            browser.awaitVisible("the shell", Browser.text("Signed in as Avery Admin"));
            String first = (String) browser.script("""
                    const key = Object.keys(sessionStorage).find(k => k.startsWith('oidc.user'));
                    const user = JSON.parse(sessionStorage.getItem(key));
                    user.expires_at = Math.floor(Date.now() / 1000) + 65;
                    sessionStorage.setItem(key, JSON.stringify(user));
                    return user.access_token;""");

            browser.go(baseUrl() + "/app/");
            String renewed = browser.await("a new token from the provider, without a page to sign in on", d -> {
                Object token = browser.script("""
                        const key = Object.keys(sessionStorage).find(k => k.startsWith('oidc.user'));
                        return key && JSON.parse(sessionStorage.getItem(key)).access_token;""");
                return token != null && !token.equals(first) ? (String) token : null;
            });
            assertTrue(browser.url().startsWith(baseUrl() + "/app/"), "never left the app: " + browser.url());
            JsonNode claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(
                    renewed.split("\\.")[1]));
            assertEquals("demo-admin", claims.get("sub").asString());
            assertTrue(claims.at("/realm_access/roles").toString().contains("admin"), "still an admin: " + claims);
            assertTrue(claims.get("aud").toString().contains("campus-sms"), "still for the API: " + claims);
            browser.await("no warning left once renewed", d -> d.findElements(By.xpath("//*[@role='alert']"
                    + "[contains(., 'sign-in')]")).isEmpty());

            browser.go(baseUrl() + "/app/reports");
            browser.awaitVisible("the renewed sign-in opens an admin's screen", By.xpath("//main[@aria-label="
                    + "'Reports']//h1"));
            browser.awaitVisible("an admin's filter (the API took the new token)", By.xpath("//*[self::label or "
                    + "self::span][normalize-space(.)='Sent by']"));
        }
    }
}
