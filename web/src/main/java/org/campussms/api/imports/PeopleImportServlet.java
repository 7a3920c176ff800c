package org.campussms.api.imports;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.api.http.ErrorResponses;
import org.campussms.directory.application.DirectoryService;
import org.campussms.directory.application.ImportResult;
import org.campussms.directory.application.PersonData;
import org.campussms.platform.DomainException;

/**
 * {@code POST /import/people} with a CSV body (see {@link PeopleCsv}): the same all-or-nothing, idempotent import as
 * the importPeople mutation, for institution admins. Answers JSON: {@code {"created":n,"updated":m}}, or an error
 * with a code and a message naming the line or person.
 */
@WebServlet("/import/people")
public class PeopleImportServlet extends HttpServlet {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Inject
    private DirectoryService directory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            ErrorResponses.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ApiErrorCode.INVALID_INPUT,
                    "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            return;
        }
        try (Reader body = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            List<PersonData> people = PeopleCsv.read(body, DirectoryService.MAX_IMPORT);
            ImportResult result = directory.importPeople(people);
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("created", result.created())
                    .add("updated", result.updated())
                    .build().toString());
        } catch (IllegalArgumentException e) {
            ErrorResponses.invalid(response, e.getMessage());
        } catch (DomainException e) {
            ErrorResponses.send(response, e);
        }
    }
}
