/**
 * Report exports over plain HTTP: the message and opt-out reports as CSV files, streamed while they are read, for
 * any number of rows.
 */
package org.campussms.api.exports;
