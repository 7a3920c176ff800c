package org.campussms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.graphql.api.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.campussms.api.graphql.ApiError;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

/**
 * The error codes are a contract with every client: the committed list beside the schema is what the UI translates,
 * so a code the server can send must be on it, and a listed code the server never sends is a stale translation.
 */
class ApiErrorCodesTest {

    private static final Path LIST = Path.of("..", "graphql-schema", "error-codes.txt");

    private static Set<String> listed() throws IOException {
        return Files.readAllLines(LIST).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> apiErrors() {
        return Arrays.stream(ApiError.class.getDeclaredClasses())
                .filter(ApiError.class::isAssignableFrom)
                .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                .toList();
    }

    @Test
    void theServersCodesAreExactlyTheCommittedList() throws IOException {
        Set<String> server = Arrays.stream(ApiErrorCode.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(listed(), server);
    }

    @Test
    void everyGraphQLErrorClassCarriesAListedCode() throws IOException {
        Set<String> listed = listed();
        for (Class<?> error : apiErrors()) {
            ErrorCode code = error.getAnnotation(ErrorCode.class);
            assertTrue(code != null && listed.contains(code.value()),
                    error.getSimpleName() + " has no @ErrorCode from graphql-schema/error-codes.txt");
        }
    }

    @Test
    void everyProblemAServiceReportsIsAListedCode() throws IOException {
        Set<String> listed = listed();
        for (Problem problem : Problem.values()) {
            assertTrue(listed.contains(problem.name()), problem + " is not in graphql-schema/error-codes.txt");
        }
    }

    /** SmallRye shows "System error" instead of the message of an exception class it was not told about. */
    @Test
    void smallRyeShowsTheMessageOfEveryGraphQLErrorClass() throws IOException {
        Properties config = new Properties();
        try (InputStream in = ApiError.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> shown = Arrays.stream(config.getProperty("mp.graphql.showErrorMessage").split(","))
                .map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        Set<String> classes = apiErrors().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        classes.add(ApiError.class.getName());

        assertEquals(classes, shown);
    }
}
