package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The launcher another campus page embeds: its button opens Campus SMS, looking up the person the page is about; from
 * there the student's guardian is one link away.
 */
@ExtendWith(ArquillianExtension.class)
class LauncherBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aPortalPagesButtonOpensNewConversationWithThePersonLookedUp() throws IOException {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String lastName = "Portal" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "z");
        Fixtures.imported(admin, List.of(Map.of("firstName", "Jo", "lastName", lastName, "records", List.of(Map.of(
                "type", "STUDENT", "externalId", "S-" + lastName, "mobile", "+12195550777"))),
                Map.of("firstName", "Pat", "lastName", "Guardian" + lastName, "records", List.of(Map.of("type",
                        "GUARDIAN", "externalId", "G-" + lastName, "mobile", "+12195550778")), "guardianOf",
                        List.of("S-" + lastName))), "S-" + lastName);
        String portal = "<!doctype html><html lang=en><title>Student record</title><main><h1>Student record</h1>"
                + "<div id=tools></div></main><script src='" + baseUrl() + "/app/launcher.js' data-into='#tools' "
                + "data-person='" + lastName + "'></script>";

        try (Browser browser = Browser.open(1280, 800)) {
            // A page of another site, from a file: Chromium lets a data: page load nothing from localhost.
            Path page = Files.createDirectories(Path.of("target", "portal")).resolve("student-record.html");
            Files.writeString(page, portal, StandardCharsets.UTF_8);
            browser.go(page.toUri().toString());
            browser.awaitVisible("the launcher in the page's toolbar", By.cssSelector("#tools button"));
            browser.focused().sendKeys(Keys.TAB);
            assertEquals("Text messages (SMS)", browser.focused().getText(), "a button reached by the keyboard");
            browser.focused().sendKeys(Keys.ENTER);
            browser.switchToNewestWindow();
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            WebElement jo = browser.awaitVisible("New conversation, the person looked up", By.xpath("//*[@role="
                    + "'option'][contains(., 'Jo " + lastName + "') and contains(., 'Student ID S-" + lastName + "')]"));
            assertTrue(browser.url().contains("/app/new?q=" + lastName), browser.url());

            jo.click();
            browser.awaitVisible("the student's guardian in the contact panel", By.linkText("Pat Guardian" + lastName))
                    .click();
            browser.awaitVisible("the guardian looked up in turn", By.xpath("//*[@role='option'][contains(., 'Pat "
                    + "Guardian" + lastName + "') and contains(., 'Guardian ID G-" + lastName + "')]"));
        }
    }
}
