package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed graphql-schema/schema.graphql is the API contract: this fails when the server serves another.
 */
@ExtendWith(ArquillianExtension.class)
class GraphQLSchemaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void theDeployedSchemaIsTheCommittedOne() throws IOException {
        Http.Response served = Http.get("/graphql/schema.graphql", Tokens.tokenFor(Tokens.newStaff("Schema Reader")));
        assertEquals(200, served.status(), served.body());

        String committed = committedSchema();
        if (!normalize(committed).equals(normalize(served.body()))) {
            Path actual = Path.of("target", "schema.graphql.served");
            Files.writeString(actual, served.body());
            assertEquals(normalize(committed), normalize(served.body()),
                    "The API changed. If that is intended, copy " + actual.toAbsolutePath()
                            + " to graphql-schema/schema.graphql in the same commit.");
        }
    }

    private static String committedSchema() throws IOException {
        try (InputStream in = GraphQLSchemaIT.class.getResourceAsStream("/org/campussms/graphql/schema.graphql")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphql is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String normalize(String schema) {
        return schema.replace("\r\n", "\n").strip() + "\n";
    }
}
