/**
 * What the plain-HTTP endpoints (imports, exports) share: how a refusal is answered.
 */
package org.campussms.api.http;
