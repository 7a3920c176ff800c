/**
 * The email repository, the SMTP mailer over the server's mail session, and the JMS consumers of the email queue.
 */
package org.campussms.email.infrastructure;
