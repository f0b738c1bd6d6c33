package org.acarules.definitions;

import java.util.List;

/** One essential health benefit category of 42 USC 18022(b)(1), with the services that belong to it. */
public record EhbCategory(String id, String name, String definition, String citation, String reference,
        List<String> services) {
}
