/**
 * The local stack around the application: embedded MariaDB, a local OIDC sign-in provider, a mail catcher, and the launcher that
 * runs the configured WildFly with the EAR for a developer (the integration tests reuse the first two).
 */
package org.campussms.devstack;
