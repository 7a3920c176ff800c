package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** Assignment in two real Chromium windows: what one staff member takes, the other sees taken, live. */
@ExtendWith(ArquillianExtension.class)
class AssignmentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aConversationDanaTakesShowsAsHersOnAveryScreenWithoutAReload() {
        Fixtures.DemoPool pool = Fixtures.demoPool("Registrar");
        StaffSession avery = pool.avery();
        String poolNumber = pool.number();
        String mobile = TestNumbers.next();
        String person = Fixtures.students(avery, List.of(mobile)).get(0);
        JsonNode contact = avery.api().contact(person).data();
        String name = contact.get("firstName").asString() + " " + contact.get("lastName").asString();
        assertEquals(200, twilio().reply(mobile, poolNumber, "Can I still change my major?"));

        try (Browser averys = Browser.open(1280, 800); Browser danas = Browser.open(1280, 800)) {
            averys.go(baseUrl() + "/app/?view=unassigned");
            averys.awaitVisible("Avery's button", Browser.button("Sign in as Avery Admin (staff, admin)")).click();
            WebElement waiting = averys.awaitVisible("the reply in Unassigned", rowOf(name));
            assertTrue(!waiting.getText().contains("Dana Advisor"), "nobody's yet: " + waiting.getText());

            danas.go(baseUrl() + "/app/");
            danas.awaitVisible("Dana's button", Browser.button("Sign in as Dana Advisor (staff)")).click();
            danas.awaitVisible("the conversation in Needs reply", rowOf(name)).click();
            danas.awaitVisible("the assignment, nobody's yet", By.xpath("//input[@role='combobox'][@placeholder="
                    + "'Nobody']"));
            danas.awaitVisible("Assign to me", Browser.button("Assign to me")).click();
            // The box starts again on the new assignee (a new element): read it afresh each time.
            danas.await("the box says Dana has it", d -> "Dana Advisor".equals(danas.script(
                    "return document.querySelector(\"input[role='combobox']\")?.value")));
            assertEquals(List.of(), danas.seriousAccessibilityViolations());
            danas.screenshot("thread-assigned");

            averys.await("the row leaves Unassigned on Avery's screen, live", d -> d.findElements(rowOf(name))
                    .isEmpty());
            averys.awaitVisible("the view of all conversations", By.xpath("//*[@role='tab'][starts-with("
                    + "normalize-space(.), 'All')]")).click();
            averys.await("Dana's name on the row", d -> d.findElement(rowOf(name)).getText()
                    .contains("Dana Advisor"));
            assertEquals(List.of(), averys.seriousAccessibilityViolations());
            averys.screenshot("inbox-assignee");

            danas.awaitVisible("Mine", By.xpath("//*[@role='tab'][starts-with(normalize-space(.), 'Mine')]"))
                    .click();
            danas.awaitVisible("the conversation in Dana's Mine", rowOf(name));
        }
    }

    /** The inbox row of this person, found by the name it shows. */
    private static By rowOf(String name) {
        return By.xpath("//*[@role='row'][.//*[normalize-space(text())='" + name + "']]");
    }
}
