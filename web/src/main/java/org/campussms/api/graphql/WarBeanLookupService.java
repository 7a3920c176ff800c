package org.campussms.api.graphql;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Resolves GraphQL API beans through this WAR's own BeanManager.
 *
 * <p>SmallRye GraphQL's default lookup goes through {@code CDI.current()}; inside an EAR WildFly may answer with the
 * BeanManager of another module that cannot see the WAR's beans, and queries then fail at random with
 * "System error". Registered through META-INF/services, this implementation takes precedence over SmallRye's.
 */
public class WarBeanLookupService implements LookupService {

    private static volatile BeanManager beanManager;

    /** Called by {@link GraphQLStartup} when the WAR starts, with the BeanManager CDI injected into it. */
    static void useBeanManager(BeanManager manager) {
        beanManager = manager;
    }

    @Override
    public String getName() {
        return "WAR-BeanManager";
    }

    @Override
    public <T> ManagedInstance<T> getInstance(Class<T> type) {
        BeanManager manager = beanManager();
        Bean<?> bean = manager.resolve(manager.getBeans(type));
        if (bean == null) {
            throw new IllegalStateException("No CDI bean of type " + type.getName() + " in the web module");
        }
        CreationalContext<?> context = manager.createCreationalContext(bean);
        T instance = type.cast(manager.getReference(bean, type, context));
        boolean dependent = bean.getScope().equals(jakarta.enterprise.context.Dependent.class);
        return new ManagedInstance<>() {
            @Override
            public T get() {
                return instance;
            }

            @Override
            public void destroyIfNecessary() {
                if (dependent) {
                    context.release();
                }
            }
        };
    }

    @Override
    public boolean isResolvable(Class<?> type) {
        Set<Bean<?>> beans = beanManager().getBeans(type);
        return !beans.isEmpty();
    }

    private static BeanManager beanManager() {
        BeanManager manager = beanManager;
        if (manager != null) {
            return manager;
        }
        try {
            return (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
        } catch (NamingException e) {
            throw new IllegalStateException("No BeanManager for the web module", e);
        }
    }
}
