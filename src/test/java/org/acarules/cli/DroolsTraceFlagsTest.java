package org.acarules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a fresh JVM with the JBoss log manager and no logging configured, as the service's {@code main} starts: Drools'
 * hot-path trace flag ({@code SegmentMemory.IS_LOG_TRACE_ENABLED}) is on unless {@link DroolsTraceFlags#off()} ran
 * before the class loaded. The control (without it) shows the test can fail.
 */
class DroolsTraceFlagsTest {

    /** Prints the flag SegmentMemory fixed as it loaded, after calling {@link DroolsTraceFlags#off()} if asked. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("off")) {
            DroolsTraceFlags.off();
        }
        var flag = Class.forName("org.drools.core.reteoo.SegmentMemory").getDeclaredField("IS_LOG_TRACE_ENABLED");
        flag.setAccessible(true);
        System.out.print(flag.getBoolean(null));
    }

    @Test
    void droolsHotPathTraceIsOffWhenTheServiceSetsItsLevelFirst() throws Exception {
        assertEquals("false", run("off"));
    }

    @Test
    void withoutItTheFlagIsOnInAnUnconfiguredJvm() throws Exception {
        assertEquals("true", run("as-is"));
    }

    private static String run(String mode) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", System.getProperty("java.class.path"),
                DroolsTraceFlagsTest.class.getName(), mode)).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return out;
    }
}
