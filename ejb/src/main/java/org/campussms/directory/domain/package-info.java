/**
 * The person aggregate (records and phones) and the values it is made of.
 */
package org.campussms.directory.domain;
