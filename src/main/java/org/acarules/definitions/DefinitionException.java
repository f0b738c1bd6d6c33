package org.acarules.definitions;

/** A benefit-definition file that cannot be loaded: names the file and the key at fault. */
public class DefinitionException extends RuntimeException {
    private final String file;
    private final String key;
    private final String problem;

    public DefinitionException(String file, String key, String message) {
        super(file + (key == null || key.isEmpty() ? "" : " [" + key + "]") + ": " + message);
        this.file = file;
        this.key = key;
        this.problem = message;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }

    /** What is wrong, without the file and key. */
    public String problem() {
        return problem;
    }
}
