/** The word index ({@code message_word}): its writer, its search query, and the migration that filled it. */
package org.campussms.search.infrastructure;
