package org.campussms.api.graphql;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Hands the WAR's BeanManager to {@link WarBeanLookupService} before the GraphQL servlet builds its schema.
 */
@WebListener
public class GraphQLStartup implements ServletContextListener {

    @Inject
    private BeanManager beanManager;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        WarBeanLookupService.useBeanManager(beanManager);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        WarBeanLookupService.useBeanManager(null);
    }
}
