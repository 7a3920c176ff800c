package org.campussms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    @Test
    void productionWantsTheTwilioAccountAndADatabasePasswordOfItsOwn() {
        assertEquals(List.of("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set",
                "MARIADB_PASSWORD must be set, and not to the default \"campus\""),
                StartupChecks.problems(false, "campus"));
        assertEquals(1, StartupChecks.problems(true, null).size(), "no password at all");
        assertEquals(1, StartupChecks.problems(true, " ").size(), "a blank password");
        assertTrue(StartupChecks.problems(true, "s3cret-for-campus").isEmpty());
    }
}
