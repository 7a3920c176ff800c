/** The words of a message as history search indexes and matches them. */
package org.campussms.search.domain;
