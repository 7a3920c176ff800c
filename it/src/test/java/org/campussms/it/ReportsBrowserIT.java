package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Await;
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
import org.openqa.selenium.WebElement;

/** The message report in a real Chromium: filtered by pool and status, and the same rows downloaded as CSV. */
@ExtendWith(ArquillianExtension.class)
class ReportsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aReportFilteredToUndeliveredTextsOfAPoolAndItsCsv() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolName = "Records " + TestNumbers.next().substring(8);
        String poolId = admin.api().createPool(poolName).data().get("id").asString();
        admin.api().addPoolNumber(poolId, TestNumbers.next(), "LONG_CODE", null).data();
        admin.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        List<String> mobiles = List.of(TestNumbers.next(), TestNumbers.next(), TestNumbers.next());
        List<String> people = Fixtures.students(admin, mobiles);
        String unreachable = mobiles.get(1);
        // 30034 (unregistered sender) is not one the text falls back to email for: it stays Not delivered.
        twilio().undeliverable(unreachable, 30034);
        for (String person : people) {
            dana.api().sendMessage(poolId, person, "Your transcript request is ready.").data();
        }
        Await.until(Duration.ofSeconds(30), () -> Db.rows("select count(*) n from outbound_message where pool_id = ? "
                + "and status in ('DELIVERED', 'UNDELIVERED')", Long.parseLong(poolId)).get(0).get("n"), n -> ((Number) n).intValue() == 3,
                "the carrier's last word on each text");

        try (Browser browser = Browser.open(1280, 900)) {
            browser.go(baseUrl() + "/app/reports");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the report screen", By.xpath("//h1[normalize-space(.)='Reports']"));
            browser.choose("Pool", poolName);
            browser.choose("Status", "Not delivered");
            browser.awaitVisible("the filters' button", Browser.button("Apply filters")).click();
            WebElement table = browser.awaitVisible("one text in the report", By.xpath("//table[caption[normalize-space"
                    + "(.)='1 message']]"));
            String shown = table.getText();
            assertTrue(shown.contains(unreachable) && shown.contains("30034") && shown.contains("Not delivered")
                    && shown.contains("Dana Advisor"), shown);
            assertTrue(!shown.contains(mobiles.get(0)) && !shown.contains(mobiles.get(2)), "only the one: " + shown);
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("reports");

            browser.awaitVisible("the download button", Browser.button("Download CSV")).click();
            List<String> lines = browser.awaitDownload("messages.csv").lines().toList();
            assertEquals(2, lines.size(), "a header and the one row: " + lines);
            assertTrue(lines.get(0).startsWith("message_id,"), lines.get(0));
            assertTrue(lines.get(1).contains(unreachable) && lines.get(1).contains("UNDELIVERED")
                    && lines.get(1).contains("30034") && lines.get(1).contains(poolName), lines.get(1));
        }
    }
}
