/**
 * The email repository, the SMTP mailer over the server's mail session, the email queue's codec and its consumers.
 */
package org.campussms.email.infrastructure;
