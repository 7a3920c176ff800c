package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Deployments;
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

/** Pool administration in a real Chromium: a member added through the staff search, the footer changed. */
@ExtendWith(ArquillianExtension.class)
class PoolAdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void anAdminAddsAMemberThroughTheStaffSearchAndSetsTheFooter() {
        StaffSession avery = StaffSession.demo(LocalSignIn.DEMO_USERS.get(1));
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolName = "Athletics " + TestNumbers.next().substring(8);
        String poolId = avery.api().createPool(poolName).data().get("id").asString();
        String footer = "Reply STOP to end texts from Athletics.";

        try (Browser browser = Browser.open(1280, 1000)) {
            browser.go(baseUrl() + "/app/pools");
            browser.awaitVisible("the login page", Browser.button("Sign in as Avery Admin (staff, admin)")).click();
            browser.awaitVisible("the pool in the list", By.xpath("//button[contains(normalize-space(.), '" + poolName
                    + "')]")).click();
            browser.awaitVisible("the pool's members", Browser.text("No one is in this pool yet."));

            WebElement search = browser.awaitVisible("the staff search", By.xpath("//label[normalize-space(.)="
                    + "'Add member']/following::input[1]"));
            // Other tests sign in staff named Dana Advisor too: the demo user is the one with this address.
            search.sendKeys("dana.advisor@");
            browser.await("only Dana, by her address", d -> {
                var options = d.findElements(By.cssSelector("[role='option']"));
                return options.size() == 1 && options.get(0).getText().contains("dana.advisor@example.edu");
            });
            search.sendKeys(Keys.ARROW_DOWN);
            search.sendKeys(Keys.ENTER);
            browser.await("Dana chosen", d -> "Dana Advisor".equals(search.getAttribute("value")));
            browser.awaitVisible("the add button", Browser.button("Add")).click();
            browser.awaitVisible("Dana in the members, as a member", By.xpath("//table//tr[contains(., 'Dana "
                    + "Advisor') and contains(., 'Member')]"));

            WebElement footerField = browser.awaitVisible("the footer field", By.xpath("//label[normalize-space(.)="
                    + "'Footer text']/following::*[self::input or self::textarea][1]"));
            footerField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            footerField.sendKeys(footer);
            browser.awaitVisible("the save button", Browser.button("Save footer")).click();
            browser.awaitVisible("the footer saved, said politely", By.xpath("//*[@role='status'][contains(., "
                    + "'Footer saved.')]"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("pools");
        }
        var pool = avery.api().pool(poolId).data();
        assertEquals(footer, pool.get("footer").get("text").asString(), pool.toString());
        assertTrue(pool.get("members").toString().contains(dana.id()), "Dana is a member: " + pool);
    }
}
