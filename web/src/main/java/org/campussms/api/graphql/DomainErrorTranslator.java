package org.campussms.api.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.campussms.platform.DomainException;

@TranslatesDomainErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DomainErrorTranslator {

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException e) {
            throw ApiError.of(e);
        }
    }
}
