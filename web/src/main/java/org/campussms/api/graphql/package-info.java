/**
 * The GraphQL API: operations that delegate to the EJB services, and the records they return.
 */
package org.campussms.api.graphql;
