package org.acarules.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Safe by default: the development accounts (admin/admin, analyst/analyst, client/client in the classpath
 * users.properties) may serve only a development or test run, or a service that listens on loopback alone. A
 * production start that listens on another address with them still configured refuses to start and says what to
 * set, unless the operator opts in (aca.security.allow-development-accounts, ACA_ALLOW_DEVELOPMENT_ACCOUNTS=true),
 * which is logged as a warning at every start.
 */
@Startup
@ApplicationScoped
public class DevelopmentAccountsGuard {
    private static final Logger LOG = Logger.getLogger(DevelopmentAccountsGuard.class);
    /** The classpath files shipped in the jar (application.properties' defaults for ACA_USERS_FILE / ACA_ROLES_FILE). */
    static final String DEVELOPMENT_USERS = "users.properties";

    @ConfigProperty(name = "quarkus.http.host")
    String host;

    @ConfigProperty(name = "quarkus.security.users.file.enabled", defaultValue = "false")
    boolean usersFileEnabled;

    @ConfigProperty(name = "quarkus.security.users.file.users", defaultValue = DEVELOPMENT_USERS)
    String usersFile;

    @ConfigProperty(name = "aca.security.allow-development-accounts", defaultValue = "false")
    boolean allowed;

    @PostConstruct
    void check() {
        String problem = problem(LaunchMode.current(), host, usersFileEnabled, usersFile);
        if (problem == null) {
            return;
        }
        if (allowed) {
            LOG.warn("INSECURE: " + problem + "; started anyway because ACA_ALLOW_DEVELOPMENT_ACCOUNTS=true: anyone who can"
                    + " reach this address can sign in as admin/admin");
            return;
        }
        String message = problem + ". Set ACA_USERS_FILE and ACA_ROLES_FILE to files of your own when the jar is built"
                + " (the paths are fixed at build time, the files are read at every start: e.g. ACA_USERS_FILE="
                + "/etc/aca-rules/users.properties mvn package), or sign in by OIDC/JWT with a jar built with"
                + " QUARKUS_SECURITY_USERS_FILE_ENABLED=false, or listen on loopback only (ACA_HTTP_HOST=127.0.0.1), or"
                + " accept the risk with ACA_ALLOW_DEVELOPMENT_ACCOUNTS=true";
        LOG.error(message);
        throw new IllegalStateException(message);
    }

    /** What is unsafe about this start, or null when it is safe (or a development or test run). */
    static String problem(LaunchMode mode, String host, boolean usersFileEnabled, String usersFile) {
        if (mode != LaunchMode.NORMAL || !usersFileEnabled || !DEVELOPMENT_USERS.equals(usersFile) || loopback(host)) {
            return null;
        }
        return "the service listens on " + host + " (not loopback) with the development accounts of the classpath "
                + DEVELOPMENT_USERS + " (admin/admin, analyst/analyst, client/client)";
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
