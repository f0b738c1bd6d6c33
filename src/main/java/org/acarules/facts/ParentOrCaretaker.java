package org.acarules.facts;

/**
 * The person is reported as a parent or caretaker relative of a dependent child who need not be listed in the
 * household (the CMS-shaped endpoints' {@code is_parent: true}); a "self" or "spouse" with a listed child is one anyway.
 */
public record ParentOrCaretaker(String personId) implements PersonFact {
}
