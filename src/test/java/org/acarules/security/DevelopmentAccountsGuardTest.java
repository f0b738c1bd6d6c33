package org.acarules.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

/** When a start with the development accounts is unsafe: production, listening beyond loopback. */
class DevelopmentAccountsGuardTest {
    @Test
    void loopbackAddressesAreSafe() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "127.0.0.2"}) {
            assertNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, host, true, "users.properties"), host);
        }
    }

    @Test
    void everyInterfaceOrAnotherAddressIsUnsafeInProduction() {
        assertNotNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, "0.0.0.0", true, "users.properties"));
        assertNotNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, "::", true, "users.properties"));
        assertNotNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, "10.1.2.3", true, "users.properties"));
    }

    @Test
    void ownAccountsNoAccountsOrADevelopmentRunAreSafe() {
        assertNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, "0.0.0.0", true, "/etc/aca/users.properties"));
        assertNull(DevelopmentAccountsGuard.problem(LaunchMode.NORMAL, "0.0.0.0", false, "users.properties"));
        assertNull(DevelopmentAccountsGuard.problem(LaunchMode.DEVELOPMENT, "0.0.0.0", true, "users.properties"));
        assertNull(DevelopmentAccountsGuard.problem(LaunchMode.TEST, "0.0.0.0", true, "users.properties"));
    }
}
