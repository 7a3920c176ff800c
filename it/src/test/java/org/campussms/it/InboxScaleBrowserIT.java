package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.baseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.campussms.devstack.LocalSignIn;
import org.campussms.it.support.Browser;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A pool of 10,000 conversations scrolled to its end in a real Chromium: every page arrives in order while the page
 * keeps only the rows in sight. It prints the frame times seen while scrolling (figures, not a pass mark: see
 * bench/RESULTS.md).
 */
@ExtendWith(ArquillianExtension.class)
class InboxScaleBrowserIT {

    private static final int CONVERSATIONS = 10_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void tenThousandConversationsScrollToTheEndWithAFewDozenRowsInThePage() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolName = "Scale " + TestNumbers.next().substring(8);
        long poolId = Long.parseLong(admin.api().createPool(poolName).data().get("id").asString());
        String number = TestNumbers.next();
        admin.api().addPoolNumber(String.valueOf(poolId), number, "LONG_CODE", null).data();
        admin.api().setPoolMember(String.valueOf(poolId), dana.id(), "ROLE").data();
        long sender = ((Number) Db.rows("select id from sender_number where e164 = ?", number).get(0).get("id"))
                .longValue();
        // Written straight to the table: 10,000 replies through the webhook would take minutes and test nothing more.
        Db.execute("insert into conversation (sender_number_id, pool_id, contact_e164, last_activity_at, "
                + "last_preview, last_direction, unread_count) select " + sender + ", " + poolId + ", concat("
                + "'+1303555', lpad(seq - 1, 4, '0')), now(6) - interval seq second, concat('Scale message ', seq), "
                + "'INBOUND', 0 from seq_1_to_" + CONVERSATIONS);

        try (Browser browser = Browser.open(1280, 900)) {
            browser.go(baseUrl() + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the pool's view", By.xpath("//*[@role='tab'][normalize-space(.)='" + poolName
                    + "']")).click();
            browser.awaitVisible("the newest conversation first", By.xpath("//*[@role='row'][contains(., "
                    + "'Scale message 1')]"));
            @SuppressWarnings("unchecked")
            Map<String, Object> scrolled = (Map<String, Object>) browser.scriptAsync(Duration.ofMinutes(4), """
                    const [target, done] = arguments;
                    const grid = document.querySelector('[role=grid]');
                    const frames = [];
                    let maxRows = 0, previous = performance.now(), scrolling = true, seen = 0, outOfOrder = 0;
                    const tick = (now) => {
                      frames.push(now - previous);
                      previous = now;
                      maxRows = Math.max(maxRows, grid.querySelectorAll('[role=row]').length);
                      if (scrolling) requestAnimationFrame(tick);
                    };
                    requestAnimationFrame(tick);
                    const started = performance.now();
                    // Scrolls to the end as a user holding End would, each time the list has grown.
                    const step = () => {
                      const shown = [...grid.querySelectorAll('[role=row]')]
                        .map(r => Number((r.textContent.match(/Scale message (\\d+)/) || [])[1] || 0))
                        .filter(n => n > 0).sort((a, b) => a - b);
                      // The rows in the page are one unbroken run: none missing, none twice.
                      for (let i = 1; i < shown.length; i++) if (shown[i] !== shown[i - 1] + 1) outOfOrder++;
                      seen = Math.max(seen, ...shown, 0);
                      if (seen >= target || performance.now() - started > 200000) {
                        scrolling = false;
                        frames.sort((a, b) => a - b);
                        done({ seen, outOfOrder, maxRows, seconds: (performance.now() - started) / 1000,
                          frames: frames.length, p50: frames[Math.floor(frames.length / 2)],
                          p95: frames[Math.floor(frames.length * 0.95)], worst: frames[frames.length - 1] });
                        return;
                      }
                      grid.scrollTop = grid.scrollHeight;
                      requestAnimationFrame(step);
                    };
                    step();
                    """, CONVERSATIONS);
            System.out.printf("Inbox scroll: %s conversations in %.1f s; frames p50 %.1f ms, p95 %.1f ms, worst %.1f "
                    + "ms over %s frames; at most %s rows in the page%n", scrolled.get("seen"),
                    ((Number) scrolled.get("seconds")).doubleValue(), ((Number) scrolled.get("p50")).doubleValue(),
                    ((Number) scrolled.get("p95")).doubleValue(), ((Number) scrolled.get("worst")).doubleValue(),
                    scrolled.get("frames"), scrolled.get("maxRows"));
            assertEquals(CONVERSATIONS, ((Number) scrolled.get("seen")).intValue(), "scrolled to the oldest");
            assertEquals(0, ((Number) scrolled.get("outOfOrder")).intValue(), "rows in order, none twice or missing");
            assertTrue(((Number) scrolled.get("maxRows")).intValue() < 200,
                    "virtualized: " + scrolled.get("maxRows") + " rows in the page at most");
        }
    }
}
