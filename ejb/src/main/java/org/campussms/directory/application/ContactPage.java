package org.campussms.directory.application;

import java.util.List;

public record ContactPage(long total, int offset, List<ContactView> contacts) {
}
