package org.acarules;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class's REST calls as the development administrator (admin/admin), then anonymous again. */
public class AsAdministrator implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "admin");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }
}
