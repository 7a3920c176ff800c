/**
 * An inbound SMS as the carrier reports it, checked at the door.
 */
package org.campussms.inbound.domain;
