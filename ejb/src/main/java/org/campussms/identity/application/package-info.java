/**
 * Sign-in and "who is calling": the only place that turns the container's caller principal into a staff user.
 */
package org.campussms.identity.application;
