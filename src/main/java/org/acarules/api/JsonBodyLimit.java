package org.acarules.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.acarules.limits.LimitExceededException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A JSON body is read whole into objects before a resource can count what it holds (several times its size in
 * heap), so JSON bodies have a byte limit of their own, below quarkus.http.limits.max-body-size (which the streamed
 * imports need): a declared length over it is refused at once, and a chunked body is stopped once it passes it.
 */
public class JsonBodyLimit {
    @ConfigProperty(name = "aca.limits.json-body-bytes", defaultValue = "16777216")
    long maxBytes;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    private LimitExceededException tooLarge() {
        return new LimitExceededException("body", "bytes per JSON body", maxBytes, "aca.limits.json-body-bytes",
                "send fewer items per request (imports take JSON Lines or CSV, streamed)");
    }

    /** Counts what is read and stops past the limit. */
    private final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
