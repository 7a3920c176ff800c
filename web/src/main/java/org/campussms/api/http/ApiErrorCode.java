package org.campussms.api.http;

/**
 * Every code the API answers with, in a GraphQL error's {@code extensions.code} or a JSON error body's
 * {@code code}. The committed list beside the schema ({@code graphql-schema/error-codes.txt}) is what clients
 * translate; {@code ApiErrorCodesTest} fails the build when this enum and that file disagree.
 */
public enum ApiErrorCode {
    CONFLICT,
    FORBIDDEN,
    INVALID_INPUT,
    INVALID_PHONE,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    OPTED_OUT,
    QUERY_TOO_ALIASED,
    QUERY_TOO_COMPLEX,
    QUERY_TOO_DEEP,
    QUERY_TOO_LARGE,
    SUBSCRIBE_AGAIN,
    SUBSCRIPTIONS_ONLY,
    TOO_MANY_SUBSCRIPTIONS,
    UNAUTHENTICATED,
    UNSUPPORTED_MEDIA_TYPE
}
