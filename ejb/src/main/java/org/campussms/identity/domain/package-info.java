/**
 * The staff user entity: one row per SSO identity (issuer and subject), refreshed at every sign-in.
 */
package org.campussms.identity.domain;
