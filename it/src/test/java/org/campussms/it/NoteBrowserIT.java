package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.campussms.devstack.LocalMail;
import org.campussms.it.support.Await;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A note naming a colleague, in two real Chromium windows: it reaches their screen live and their mailbox. */
@ExtendWith(ArquillianExtension.class)
class NoteBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void averysNoteNamingDanaReachesHerScreenAndHerMailbox() {
        Fixtures.DemoPool pool = Fixtures.demoPool("Bursar");
        StaffSession avery = pool.avery();
        StaffSession dana = pool.dana();
        String poolId = pool.poolId();
        String mobile = TestNumbers.next();
        String person = Fixtures.students(avery, List.of(mobile)).get(0);
        String conversationId = avery.api().sendMessage(poolId, person, "Your balance is due Friday.").data()
                .get("conversationId").asString();
        String words = "She asked for a payment plan " + TestNumbers.next().substring(8);
        int mailsBefore = mail().receivedBy(dana.login().email()).size();

        try (Browser averys = Browser.open(1280, 800); Browser danas = Browser.open(1280, 800)) {
            danas.go(baseUrl() + "/app/");
            danas.awaitVisible("Dana's button", Browser.button("Sign in as Dana Advisor (staff)")).click();
            danas.awaitVisible("Dana's inbox", Browser.text("Signed in as Dana Advisor"));

            averys.go(baseUrl() + "/app/conversations/" + conversationId);
            averys.awaitVisible("Avery's button", Browser.button("Sign in as Avery Admin (staff, admin)")).click();
            averys.awaitVisible("the note's disclosure", By.xpath("//summary[normalize-space(.)="
                    + "'Write a note for the team']")).click();
            WebElement note = averys.awaitVisible("the note's box", By.xpath("//textarea[@aria-describedby]"
                    + "[ancestor::form[@aria-label='A note for the team']]"));
            note.sendKeys(words);
            WebElement name = averys.awaitVisible("the name box", By.xpath("//form[@aria-label='A note for the team']"
                    + "//input[@role='combobox']"));
            name.sendKeys("Dan");
            averys.awaitVisible("Dana among the pool's members", By.xpath("//*[@role='option'][contains(., "
                    + "'Dana Advisor')]")).click();
            averys.await("@Dana Advisor in the note", d -> note.getAttribute("value").endsWith("@Dana Advisor "));
            averys.awaitVisible("Add note", Browser.button("Add note")).click();
            WebElement shown = averys.awaitVisible("the note in the timeline, apart from the texts",
                    By.xpath("//*[@role='log']//li[contains(., 'Note by Avery Admin')]"));
            assertTrue(shown.getText().contains(words), shown.getText());
            assertTrue(shown.getText().contains("told Dana Advisor"), shown.getText());
            assertEquals(List.of(), averys.seriousAccessibilityViolations());
            averys.screenshot("thread-note");

            danas.awaitVisible("the notice on Dana's screen, live", Browser.text("A colleague mentioned you in a "
                    + "note.")).isDisplayed();
            danas.awaitVisible("the way to it", Browser.button("Open the conversation")).sendKeys(Keys.ENTER);
            danas.awaitVisible("the note in Dana's thread", By.xpath("//*[@role='log']//li[contains(., '" + words
                    + "')]"));
            assertEquals(List.of(), danas.seriousAccessibilityViolations());
            danas.screenshot("thread-note-mentioned");
        }
        List<LocalMail.Mail> mails = Await.until(Duration.ofSeconds(30), () -> mail().receivedBy(
                dana.login().email()), m -> m.size() > mailsBefore, "the email to Dana");
        LocalMail.Mail told = mails.get(mails.size() - 1);
        assertEquals("Avery Admin mentioned you in a note", told.subject());
        assertTrue(told.body().contains(words) && told.body().contains("/app/conversations/" + conversationId),
                told.body());
    }

    private static LocalMail mail() {
        return TestEnvironment.mail();
    }
}
