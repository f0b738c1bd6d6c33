package org.acarules.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name this instance writes under in the shared database: the holder of a re-evaluation chunk, the instance that
 * reports a ruleset version compiled. Unique among live instances: {@code aca.reevaluation.instance-id} when set,
 * else host name and HTTP port.
 */
@ApplicationScoped
public class InstanceIdentity {
    @ConfigProperty(name = "aca.reevaluation.instance-id")
    Optional<String> configured;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int httpPort;

    private volatile String id;

    public String id() {
        String known = id;
        if (known == null) {
            known = configured.map(String::trim).filter(c -> !c.isEmpty()).orElseGet(() -> hostName() + ":" + httpPort);
            id = known;
        }
        return known;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
