package org.acarules.api;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling, for the audit trail. Until authentication is configured everyone is "anonymous". */
@RequestScoped
public class Caller {
    public String name() {
        return "anonymous";
    }
}
