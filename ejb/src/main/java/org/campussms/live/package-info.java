/**
 * What signed-in staff see change while they look: new replies, the statuses of texts, conversations read or
 * unread by colleagues, consent changes. Each change goes only to those who may see it.
 */
package org.campussms.live;
