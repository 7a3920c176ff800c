/**
 * History search: who may search which pools and numbers ({@code SearchService}), the words a query asks for, and
 * the index port the conversation stores write to ({@code SearchIndex}).
 */
package org.campussms.search.application;
