/**
 * File imports over plain HTTP (CSV), for what campus systems export as files rather than call GraphQL for.
 */
package org.campussms.api.imports;
