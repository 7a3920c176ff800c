/**
 * Staff users as the institution's single sign-on knows them, and what they may do as institution admins.
 */
package org.campussms.identity;
