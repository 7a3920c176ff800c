package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Starting a conversation in a real Chromium: two people of one name told apart, texted from a chosen pool. */
@ExtendWith(ArquillianExtension.class)
class NewConversationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void findsAPersonByLastNameAndTextsThemFromThePoolChosen() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolName = "Admissions " + TestNumbers.next().substring(8);
        String poolId = admin.api().createPool(poolName).data().get("id").asString();
        String poolNumber = TestNumbers.next();
        admin.api().addPoolNumber(poolId, poolNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        // Two students of one name; the last name is new to this database, so a search finds these two only.
        String lastName = "Quill" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String firstMobile = TestNumbers.next();
        String secondMobile = TestNumbers.next();
        Fixtures.imported(admin, List.of(bob(lastName, "S-" + lastName + "-1", firstMobile),
                bob(lastName, "S-" + lastName + "-2", secondMobile)), "S-" + lastName + "-1");

        try (Browser browser = Browser.open(1280, 900)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the navigation", By.linkText("New conversation")).click();
            WebElement search = browser.awaitVisible("the name search",
                    By.xpath("//label[normalize-space(.)='First or last name']/following::input[1]"));
            search.sendKeys(lastName.toLowerCase());
            browser.awaitVisible("both, counted", By.xpath("//*[@role='status'][normalize-space(.)='2 people "
                    + "match.']"));
            List<WebElement> options = browser.await("both people, each with the external id",
                    d -> d.findElements(By.cssSelector("[role='option']")).size() == 2
                            ? d.findElements(By.cssSelector("[role='option']")) : null);
            assertTrue(options.get(0).getText().contains("Bob " + lastName), options.get(0).getText());
            assertTrue(options.get(0).getText().contains("Student ID S-" + lastName + "-1"), options.get(0).getText());
            assertTrue(options.get(1).getText().contains("Student ID S-" + lastName + "-2"), options.get(1).getText());

            search.sendKeys(Keys.TAB);
            browser.await("the first result has the focus", d -> browser.focused().getText().contains("-1"));
            browser.await("its details show on focus", d -> browser.focused().getText().contains(firstMobile));
            browser.focused().sendKeys(Keys.ARROW_DOWN);
            browser.await("the second on arrow down, its details too",
                    d -> browser.focused().getText().contains(secondMobile));
            browser.focused().sendKeys(Keys.ENTER);

            browser.awaitVisible("the contact panel with the consent in words", By.xpath("//section[.//h2["
                    + "starts-with(normalize-space(.), 'Bob " + lastName + "')]]//li[contains(., '" + secondMobile
                    + "') and contains(., 'Can be texted')]"));
            browser.choose("From", poolName);
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("new-conversation");

            WebElement composer = browser.awaitVisible("the composer", By.tagName("textarea"));
            composer.sendKeys("Welcome to campus, Bob.");
            composer.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.awaitVisible("the new conversation, named", By.xpath("//h2[normalize-space(.)='Bob " + lastName
                    + "']"));
            assertTrue(browser.url().matches(".*/app/conversations/\\d+$"), browser.url());
            browser.await("the text reaches Delivered on screen", d -> {
                String shown = d.findElement(By.cssSelector("[role='log']")).getText();
                int at = shown.indexOf("Welcome to campus, Bob.");
                return at >= 0 && shown.substring(at).contains("Delivered");
            });
        }
        assertEquals(1, twilio().acceptedTo(secondMobile).stream()
                .filter(m -> m.body().startsWith("Welcome to campus, Bob.") && m.from().equals(poolNumber)).count(),
                "the second Bob got it once, from the pool's number");
        assertEquals(0, twilio().acceptedTo(firstMobile).size(), "the first Bob got nothing");
    }

    @Test
    void aStaffMemberOutsideAPoolNeverSeesItsConversations() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession colleague = StaffSession.staff("Cole League");
        String poolId = admin.api().createPool("Counseling " + TestNumbers.next().substring(8)).data().get("id")
                .asString();
        String poolNumber = TestNumbers.next();
        admin.api().addPoolNumber(poolId, poolNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, colleague.id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String person = Fixtures.student(admin, mobile);
        String lastName = admin.api().contact(person).data().get("lastName").asString();
        String word = "confidential" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        String conversationId = colleague.api().sendMessage(poolId, person, "About your " + word + " visit").data()
                .get("conversationId").asString();
        assertEquals(200, twilio().reply(mobile, poolNumber, "Thanks, the " + word + " visit works"));

        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the views", By.xpath("//*[@role='tab'][starts-with(normalize-space(.), 'All')]"))
                    .click();
            browser.awaitVisible("the All view's heading", By.xpath("//h2[normalize-space(.)='All']"));
            browser.await("the list has loaded", d -> !d.findElements(By.cssSelector("[role='grid'] [role='row'], "
                    + "[role='grid'] p")).isEmpty());
            assertTrue(browser.awaitVisible("the list", By.cssSelector("[role='grid']")).getText().indexOf(lastName)
                    < 0, "no row of the other pool's conversation");

            browser.go(baseUrl() + "/app/conversations/" + conversationId);
            WebElement refusal = browser.awaitVisible("the conversation refused, in words",
                    By.xpath("//*[@role='alert'][contains(., 'The conversation could not be loaded')]"));
            assertTrue(refusal.getText().contains("may not"), refusal.getText());
            assertTrue(browser.awaitVisible("the page", By.tagName("main")).getText().indexOf(word) < 0,
                    "none of its texts shown");

            browser.awaitVisible("the navigation", By.linkText("Search history")).click();
            WebElement words = browser.awaitVisible("the search field",
                    By.xpath("//label[normalize-space(.)='Words to find']/following::input[1]"));
            words.sendKeys(word, Keys.ENTER);
            browser.awaitVisible("the answer: nothing", Browser.text("No messages contain these words."));
            assertTrue(browser.awaitVisible("the page", By.tagName("main")).getText().indexOf(word + " visit") < 0,
                    "no hit from the other pool");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
        }
    }

    private static Map<String, Object> bob(String lastName, String externalId, String mobile) {
        return Map.of("firstName", "Bob", "lastName", lastName, "email", externalId.toLowerCase() + "@example.edu",
                "records", List.of(Map.of("type", "STUDENT", "externalId", externalId, "mobile", mobile)));
    }
}
