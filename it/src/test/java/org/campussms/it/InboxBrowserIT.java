package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Db;
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
import tools.jackson.databind.JsonNode;

/** The inbox in a real Chromium: the conversations a staff member may see, with names, and replies arriving live. */
@ExtendWith(ArquillianExtension.class)
class InboxBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aReplyShowsInNeedsReplyWithTheStudentsNameAndTheNextArrivesLive() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolId = admin.api().createPool("Tutoring " + TestNumbers.next().substring(8)).data().get("id")
                .asString();
        String poolNumber = TestNumbers.next();
        admin.api().addPoolNumber(poolId, poolNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String person = Fixtures.students(admin, List.of(mobile)).get(0);
        String name = admin.api().contact(person).data().get("firstName").asString() + " "
                + admin.api().contact(person).data().get("lastName").asString();
        dana.api().sendMessage(poolId, person, "Your tutoring session is at 4.").data();
        assertEquals(200, twilio().reply(mobile, poolNumber, "Can we make it 5?"));

        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            WebElement row = browser.awaitVisible("the conversation in Needs reply", rowOf(name));
            assertTrue(row.getText().contains("Can we make it 5?"), row.getText());
            assertTrue(row.getText().contains("1 unread"), row.getText());
            assertTrue(row.getText().contains("Student"), "the kind beside the name: " + row.getText());
            browser.await("the tab title counts unread conversations", d -> d.getTitle().matches("\\(\\d+\\) Campus SMS"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("inbox");

            assertEquals(200, twilio().reply(mobile, poolNumber, "Or 6 works too"));
            browser.await("the second reply without a reload",
                    d -> d.findElement(rowOf(name)).getText().contains("Or 6 works too")
                            && d.findElement(rowOf(name)).getText().contains("2 unread"));
            browser.await("the reply told to screen readers, politely", d -> d.findElements(By.cssSelector(
                    "[aria-live='polite']")).stream().anyMatch(region -> ("New reply from " + name
                    + ": Or 6 works too").equals(region.getAttribute("textContent"))));

            WebElement needsReply = browser.awaitVisible("the views", By.xpath("//*[@role='tab'][starts-with("
                    + "normalize-space(.), 'Needs reply')]"));
            needsReply.click();
            browser.focused().sendKeys(Keys.ARROW_DOWN);
            assertTrue(browser.focused().getText().startsWith("Mine (1)"), "arrow keys move between views, to the "
                    + "conversation Dana answered (hers) first: " + browser.focused().getText());
            browser.awaitVisible("the conversation in Dana's Mine", rowOf(name));
            browser.focused().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertTrue(browser.focused().getText().startsWith("Unread"), "past Unassigned, to Unread: "
                    + browser.focused().getText());
            browser.focused().sendKeys(Keys.ENTER);
            browser.awaitVisible("the conversation in Unread too", rowOf(name));
            // By keyboard alone: Tab leaves the views for the list, whose row Enter opens.
            for (int stop = 0; stop < 6 && !"row".equals(browser.focused().getAttribute("role")); stop++) {
                browser.focused().sendKeys(Keys.TAB);
            }
            assertTrue(browser.focused().getText().contains(name), "the focus on the row: " + browser.focused()
                    .getText());
            browser.focused().sendKeys(Keys.ENTER);

            browser.awaitVisible("the thread", By.xpath("//h2[normalize-space(.)='" + name + "']"));
            WebElement timeline = browser.awaitVisible("the timeline", By.cssSelector("[role='log']"));
            browser.await("texts and replies in order, each text with its sender and status", d -> {
                String shown = d.findElement(By.cssSelector("[role='log']")).getText();
                int text = shown.indexOf("Your tutoring session is at 4.");
                int first = shown.indexOf("Can we make it 5?");
                int second = shown.indexOf("Or 6 works too");
                return text >= 0 && text < first && first < second && shown.contains("Sent by Dana Advisor");
            });
            assertTrue(timeline.getText().contains("Delivered"), "a status in words: " + timeline.getText());
            assertTrue(browser.url().endsWith("/app/conversations/" + conversationOf(poolId) + "?view=unread"),
                    "the thread has an address, which keeps the view it was opened from: " + browser.url());

            WebElement composer = browser.awaitVisible("the composer", By.tagName("textarea"));
            composer.sendKeys("Así quedamos");
            browser.awaitVisible("the counter, as one types", By.xpath("//p[contains(., '1 segment (UCS-2') "
                    + "and contains(., 'because of í')]"));
            composer.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            composer.sendKeys("5 is fine, see you then.");
            composer.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.await("the new text reaches Delivered on screen", d -> {
                String shown = d.findElement(By.cssSelector("[role='log']")).getText();
                int at = shown.indexOf("5 is fine, see you then.");
                return at >= 0 && shown.substring(at).contains("Delivered");
            });
            assertEquals("", browser.awaitVisible("the composer", By.tagName("textarea")).getAttribute("value"),
                    "emptied once sent");
            assertEquals(1, twilio().acceptedTo(mobile).stream()
                    .filter(m -> m.body().startsWith("5 is fine, see you then.")).count(), "the carrier got it once");
            browser.await("opening the conversation read it: it leaves Unread", d -> d.findElements(rowOf(name))
                    .isEmpty());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("thread");

            WebElement before = browser.awaitVisible("the contact panel: the mobile can be texted", mobileLine(mobile,
                    "Can be texted"));
            assertEquals("rgba(26, 127, 55, 1)", before.findElement(By.cssSelector("[aria-hidden='true']"))
                    .getCssValue("color"), "a green dot beside the words");
            assertEquals(200, twilio().reply(mobile, poolNumber, "STOP"));
            WebElement after = browser.awaitVisible("the contact's dot turns red, live, with words",
                    mobileLine(mobile, "Opted out since"));
            assertEquals("rgba(198, 40, 40, 1)", after.findElement(By.cssSelector("[aria-hidden='true']"))
                    .getCssValue("color"), "a red dot beside the words");
            assertTrue(after.getText().contains("a texted keyword"), after.getText());
            browser.awaitVisible("the opt-out in the timeline, live, scrolled into sight", By.xpath("//*[@role='log']//li[starts-with("
                    + "normalize-space(.), 'Opted out')]"));
            String conversation = conversationOf(poolId);
            browser.await("a reply to the open conversation is read at once", d -> ((Number) Db.rows(
                    "select unread_count from conversation where id = ?", Long.parseLong(conversation)).get(0)
                    .get("unread_count")).intValue() == 0 && d.findElements(rowOf(name)).isEmpty());
            browser.awaitVisible("the composer", By.tagName("textarea")).sendKeys("One more thing");
            WebElement email = browser.awaitVisible("the composer says it goes by email",
                    By.xpath("//p[@role='status'][starts-with(normalize-space(.), 'This goes by email to')]"));
            assertTrue(email.getText().contains("@example.edu"), email.getText());
            browser.awaitVisible("the button says where it goes", Browser.button("Send by email"));
            browser.screenshot("thread-opted-out");
            browser.awaitVisible("the composer", By.tagName("textarea")).sendKeys(Keys.chord(Keys.CONTROL,
                    Keys.ENTER));
            browser.await("the text went by email instead, on screen", d -> {
                String shown = d.findElement(By.cssSelector("[role='log']")).getText();
                int at = shown.lastIndexOf("One more thing");
                return at >= 0 && (shown.substring(at).contains("Sent by email instead")
                        || shown.substring(at).contains("Emailed to"));
            });
            assertEquals(0, twilio().acceptedTo(mobile).stream()
                    .filter(m -> m.body().startsWith("One more thing")).count(), "no text after the STOP");
        }
    }

    /**
     * The server ends a live subscription when the user's pool access changes (or their sign-in ends): the inbox
     * opens it again on a new connection, so replies to a pool one joins while looking at it show without a reload.
     */
    @Test
    void aPoolJoinedWhileTheInboxIsOpenShowsItsRepliesLive() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String suffix = TestNumbers.next().substring(8);
        String advising = admin.api().createPool("Advising " + suffix).data().get("id").asString();
        String advisingNumber = TestNumbers.next();
        admin.api().addPoolNumber(advising, advisingNumber, "LONG_CODE", null).data();
        admin.api().setPoolMember(advising, dana.id(), "ROLE").data();
        String aidName = "Financial aid " + suffix;
        String aid = admin.api().createPool(aidName).data().get("id").asString();
        String aidNumber = TestNumbers.next();
        admin.api().addPoolNumber(aid, aidNumber, "LONG_CODE", null).data();
        String advisee = TestNumbers.next();
        String aidStudent = TestNumbers.next();
        List<String> people = Fixtures.students(admin, List.of(advisee, aidStudent));

        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the inbox", By.xpath("//*[@role='tab'][starts-with(normalize-space(.), 'Needs "
                    + "reply')]"));
            awaitRepliesShownLive(browser, advisee, advisingNumber, nameOf(admin, people.get(0)), "Probe");

            admin.api().setPoolMember(aid, dana.id(), "ROLE").data();
            awaitRepliesShownLive(browser, aidStudent, aidNumber, nameOf(admin, people.get(1)), "Is my aid in");
            // The inbox asks again for everything once its new connection opens; later replies come only live.
            awaitRepliesShownLive(browser, aidStudent, aidNumber, nameOf(admin, people.get(1)), "And my loan");
            browser.awaitVisible("the joined pool's view", By.xpath("//*[@role='tab'][starts-with(normalize-space(.),"
                    + " '" + aidName + "')]"));

            // A burst of replies (as after a bulk send) is read in rounds, not once per event.
            browser.script("performance.setResourceTimingBufferSize(2000); performance.clearResourceTimings()");
            int burst = 30;
            for (int i = 1; i <= burst; i++) {
                assertEquals(200, twilio().reply(aidStudent, aidNumber, "Burst " + i));
            }
            String aidStudentName = nameOf(admin, people.get(1));
            browser.await("the burst's last reply on the row", d -> d.findElement(rowOf(aidStudentName)).getText()
                    .contains("Burst " + burst));
            long reads = (Long) browser.script("return performance.getEntriesByType('resource')"
                    + ".filter(r => r.name.endsWith('/graphql')).length");
            System.out.printf("Browser inbox: %d live replies in a burst, %d reads of the API%n", burst, reads);
            assertTrue(reads < burst, "fewer reads than events: " + reads);
        }
    }

    /**
     * Texts replies from this mobile, one a second and each numbered, until one shows on the person's inbox row:
     * the server starts pushing a moment after the browser subscribes, and nothing on screen says when.
     */
    private static void awaitRepliesShownLive(Browser browser, String mobile, String poolNumber, String name,
            String words) {
        long[] last = {0};
        int[] sent = {0};
        browser.await("a reply \"" + words + " …\" on " + name + "'s row, live", d -> {
            if (System.nanoTime() - last[0] > 1_500_000_000L) {
                sent[0]++;
                assertEquals(200, twilio().reply(mobile, poolNumber, words + " " + sent[0]));
                last[0] = System.nanoTime();
            }
            return d.findElements(rowOf(name)).stream().anyMatch(row -> row.getText().contains(words + " "));
        });
    }

    private static String nameOf(StaffSession admin, String person) {
        JsonNode contact = admin.api().contact(person).data();
        return contact.get("firstName").asString() + " " + contact.get("lastName").asString();
    }

    private static String conversationOf(String poolId) {
        return Db.rows("select id from conversation where pool_id = ?", Long.parseLong(poolId)).get(0).get("id")
                .toString();
    }

    /** The contact panel's line of this mobile, once it says this. */
    private static By mobileLine(String mobile, String consent) {
        return By.xpath("//section//li[contains(., '" + mobile + "') and contains(., '" + consent + "')]");
    }

    /** The inbox row of this person, found by the name it shows. */
    private static By rowOf(String name) {
        return By.xpath("//*[@role='row'][.//*[normalize-space(text())='" + name + "']]");
    }
}
