package org.campussms.api.graphql;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
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
        } catch (EJBAccessException e) {
            // Services ask for no role but staff's: a refusal means the call carries no staff sign-in. Said in
            // words, not as "System error" with the container's code.
            throw new ApiError.Unauthenticated("Sign in as staff to do this: the request carries no staff sign-in");
        }
    }
}
