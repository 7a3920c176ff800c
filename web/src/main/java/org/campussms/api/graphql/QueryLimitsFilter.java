package org.campussms.api.graphql;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses a GraphQL request over HTTP before it runs when it is too large, too deep, too costly or too aliased
 * ({@link QueryCost}): one request must not make the server or the database do the work of thousands. Its answer is
 * a GraphQL error with code QUERY_TOO_LARGE, QUERY_TOO_DEEP, QUERY_TOO_COMPLEX or QUERY_TOO_ALIASED. A request it
 * cannot read passes on, for the GraphQL servlet to answer with its own error. Subscriptions, over the websocket,
 * select a single field; SmallRye's own depth and complexity limits (microprofile-config.properties) cover them.
 */
@WebFilter(urlPatterns = "/graphql")
public class QueryLimitsFilter extends HttpFilter {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 10;
    static final int MAX_COMPLEXITY = 10_000;
    static final int MAX_ALIASES = 30;
    private static final int MAX_TOKENS = 15_000;

    @Inject
    private Instance<GraphQLSchema> schema;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            // A query may come as GET /graphql?query=...: the same limits, on its parameters.
            // Unauthenticated, it is the websocket's upgrade or refused (WebSocketUpgradeFilter).
            String refusal = request.getParameter("query") == null || request.getUserPrincipal() == null ? null
                    : refusal(request.getParameter("query"), request.getParameter("operationName"),
                            variables(request.getParameter("variables")));
            if (refusal != null) {
                refuse(response, refusal.substring(0, refusal.indexOf(' ')),
                        refusal.substring(refusal.indexOf(' ') + 1));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, "QUERY_TOO_LARGE", "A request has at most " + MAX_BODY_BYTES / 1024 / 1024 + " MB");
            return;
        }
        String refusal = refusal(body);
        if (refusal != null) {
            refuse(response, refusal.substring(0, refusal.indexOf(' ')), refusal.substring(refusal.indexOf(' ') + 1));
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** "CODE message" when the request goes too far, null when it may run or is for the servlet to refuse. */
    private String refusal(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonObject request = reader.readObject();
            if (!(request.get("query") instanceof JsonString query)) {
                return null;
            }
            String operation = request.get("operationName") instanceof JsonString name ? name.getString() : null;
            return refusal(query.getString(), operation, variables(request.get("variables")));
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }

    private String refusal(String query, String operation, Map<String, Object> variables) {
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                            options -> options.maxTokens(MAX_TOKENS)))
                    .build());
        } catch (ParseCancelledException e) {
            return "QUERY_TOO_LARGE A query has at most " + MAX_TOKENS + " tokens";
        } catch (InvalidSyntaxException e) {
            return null;
        }
        QueryCost cost;
        try {
            cost = QueryCost.of(schema.get(), document, operation, variables);
        } catch (RuntimeException e) {
            // Unknown fields, a missing operation, bad variables: the servlet's validation says what is wrong.
            return null;
        }
        if (cost.depth() > MAX_DEPTH) {
            return "QUERY_TOO_DEEP The query nests " + cost.depth() + " fields deep; at most " + MAX_DEPTH;
        }
        if (cost.aliases() > MAX_ALIASES) {
            return "QUERY_TOO_ALIASED The query has " + cost.aliases() + " aliases; at most " + MAX_ALIASES;
        }
        if (cost.complexity() > MAX_COMPLEXITY) {
            return "QUERY_TOO_COMPLEX The query would cost " + cost.complexity() + " (fields times the rows they "
                    + "ask for); at most " + MAX_COMPLEXITY + ". Ask for fewer rows or fields per request.";
        }
        return null;
    }

    private static Map<String, Object> variables(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return variables(reader.readValue());
        } catch (JsonException e) {
            return Map.of();
        }
    }

    private static Map<String, Object> variables(JsonValue value) {
        Map<String, Object> variables = new HashMap<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, v) -> variables.put(name, plain(v)));
        }
        return variables;
    }

    /** A JSON value as graphql-java takes a variable: numbers, strings, booleans, maps and lists. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).doubleValue();
            case STRING -> ((JsonString) value).getString();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(QueryLimitsFilter::plain).toList();
            case OBJECT -> variables(value);
        };
    }

    private static void refuse(HttpServletResponse response, String code, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", Json.createObjectBuilder()
                                .add("classification", "ValidationError")
                                .add("code", code))))
                .addNull("data")
                .build().toString());
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
