package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SmallRye GraphQL inside an EAR used to answer "System error" after some deployments (see PLATFORM_NOTES): every
 * one of several deployments must answer.
 */
@ExtendWith(ArquillianExtension.class)
class RedeployIT {

    private static final String APP = "redeployed";
    private static final int DEPLOYMENTS = 6;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void graphqlAnswersAfterEveryRedeploy() {
        StaffLogin user = Tokens.newStaff("Robin Redeploy");
        for (int i = 1; i <= DEPLOYMENTS; i++) {
            deployer.deploy(APP);
            try {
                CampusApi api = new CampusApi(Tokens.tokenFor(user));
                Http.Response me = api.me().response();
                Http.Response pools = api.pools().response();
                for (Http.Response response : List.of(me, pools)) {
                    assertEquals(200, response.status(), "deployment " + i + ": " + response.body());
                    assertEquals(true, response.json().at("/errors").isMissingNode(),
                            "deployment " + i + ": " + response.body());
                }
                assertEquals("Robin Redeploy", me.json().at("/data/me/name").asString(),
                        "deployment " + i + ": " + me.body());
            } finally {
                deployer.undeploy(APP);
            }
        }
    }
}
