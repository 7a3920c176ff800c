package org.campussms.api.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the container's own refusals say (web.xml's error pages): a request without a valid token (401) or by an
 * account without the staff role (403) gets a sentence and a code, as GraphQL errors on the API's paths and as
 * {@link ErrorResponses} elsewhere, instead of the container's HTML page.
 */
@WebServlet(urlPatterns = SignInErrorPage.PATH + "/*")
public class SignInErrorPage extends HttpServlet {

    static final String PATH = "/errors";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean forbidden = Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status);
        ApiErrorCode code = forbidden ? ApiErrorCode.FORBIDDEN : ApiErrorCode.UNAUTHENTICATED;
        String message = forbidden
                ? "Your account may not use Campus SMS: it needs the staff role at the sign-in provider"
                : "Sign in first: send a bearer token from the institution's sign-in provider "
                        + "(Authorization: Bearer ...); it is missing, expired or not for this service";
        int refused = forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED;
        if (String.valueOf(uri).startsWith(request.getContextPath() + "/graphql")) {
            ErrorResponses.sendGraphQL(response, refused, code, message);
            return;
        }
        ErrorResponses.send(response, refused, code, message);
    }
}
