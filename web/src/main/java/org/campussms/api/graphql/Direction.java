package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Enum;

@Enum("Direction")
public enum Direction {
    INBOUND,
    OUTBOUND
}
