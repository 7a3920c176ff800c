/**
 * What every context shares: JNDI names of server resources and the schema migrations run at deployment.
 */
package org.campussms.platform;
