package org.acarules.engine;

/** A draft larger than the configured limit, packed or unpacked. */
public class ContentTooLargeException extends RuntimeException {
    public ContentTooLargeException(long limit) {
        super("a draft may hold at most " + limit + " bytes (aca.rulesets.max-upload-bytes)");
    }
}
