package org.campussms.api.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.api.http.ErrorResponses;

/**
 * What every GraphQL request over HTTP must be before it is read: a POST of JSON ({@code application/json}, else 415)
 * of at most 1 MB (else QUERY_TOO_LARGE), on every path the GraphQL servlet answers ({@code /graphql} and
 * {@code /graphql/*}). JSON only: a cross-site form or a "simple" request cannot send it, and one parser reads every
 * request. Depth, cost and aliases are measured where the operation runs ({@link OperationLimits}).
 */
@WebFilter(urlPatterns = {"/graphql", "/graphql/*"})
public class GraphQLRequestFilter extends HttpFilter {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            ErrorResponses.sendGraphQL(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send GraphQL requests as application/json: "
                            + "{\"query\": ..., \"variables\": ...}");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            // 200, as every other GraphQL error the API answers.
            ErrorResponses.sendGraphQL(response, HttpServletResponse.SC_OK, ApiErrorCode.QUERY_TOO_LARGE,
                    "A request has at most " + MAX_BODY_BYTES / 1024 / 1024 + " MB");
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** application/json, with parameters (charset) or without, in any case. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase("application/json");
    }

    /** The request with its body, already read here, to be read again by the GraphQL servlet. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
