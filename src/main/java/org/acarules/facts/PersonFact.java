package org.acarules.facts;

/** A fact about one person: the explanation of a rule that matches it is that person's reason. */
public interface PersonFact {
    String personId();
}
