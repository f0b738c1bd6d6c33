package org.acarules.rulesets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acarules.engine.ContentTooLargeException;
import org.acarules.engine.RulesetContent;
import org.acarules.limits.BoundedInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns an uploaded draft (JSON map or zip) into ruleset content, within the size limit. */
@ApplicationScoped
public class DraftReader {
    @ConfigProperty(name = "aca.rulesets.max-upload-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    RulesetService rulesets;

    public RulesetContent fromJson(DraftRequest draft) {
        long size = draft.files().values().stream().mapToLong(s -> s == null ? 0 : s.length()).sum();
        if (size > maxBytes) {
            throw new ContentTooLargeException(maxBytes);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        draft.files().forEach((path, text) -> files.put(path, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
        if (draft.base() == null) {
            return RulesetContent.fromFiles(files);
        }
        List<String> deleted = draft.deleted() == null ? List.of() : draft.deleted();
        return rulesets.content(draft.base()).with(files, Set.copyOf(deleted));
    }

    public RulesetContent fromZip(InputStream zip) {
        return RulesetContent.fromZip(new BoundedInputStream(zip, maxBytes, () -> new ContentTooLargeException(maxBytes)), maxBytes);
    }

}
