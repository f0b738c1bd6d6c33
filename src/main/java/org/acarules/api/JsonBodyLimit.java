package org.acarules.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.acarules.limits.BoundedInputStream;
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
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBytes, this::tooLarge));
    }

    private LimitExceededException tooLarge() {
        return new LimitExceededException("body", "bytes per JSON body", maxBytes, "aca.limits.json-body-bytes",
                "send fewer items per request (imports take JSON Lines or CSV, streamed)");
    }
}
