/**
 * Planning, starting and watching a bulk send ({@code BulkSendService}), and its expansion into texts and emails a
 * chunk per transaction ({@code BulkSendExpansion}, {@code BulkSendWorker}).
 */
package org.campussms.bulksend.application;
