package org.acarules.limits;

/**
 * A request larger than a configured limit (aca.limits.*): answered 413 with the field, the limit's value and the
 * setting that raises it, so a client can split its request and an operator knows what to change.
 */
public class LimitExceededException extends RuntimeException {
    private final String field;

    /**
     * @param field the request's field (or "body") that is too large
     * @param what what is counted, e.g. "households per what-if comparison"
     * @param limit the configured limit
     * @param setting the configuration property that holds it
     * @param advice what the client can do instead, or null
     */
    public LimitExceededException(String field, String what, long limit, String setting, String advice) {
        super("at most " + limit + " " + what + " (" + setting + ")" + (advice == null ? "" : ": " + advice));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
