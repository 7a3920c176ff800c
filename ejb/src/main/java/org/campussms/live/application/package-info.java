/**
 * The live feed ({@code LiveFeed}) and the changes it carries ({@code LiveEvent}), gathered from the events the
 * other contexts fire after commit and from the texts' statuses as the database has them ({@code TextStatusWatch}).
 */
package org.campussms.live.application;
