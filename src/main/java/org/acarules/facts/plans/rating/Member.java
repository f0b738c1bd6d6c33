package org.acarules.facts.plans.rating;

import org.acarules.facts.PersonFact;
import org.acarules.facts.Relationship;

/** One covered member, in request order ({@code index} breaks ties between children of the same age). */
public record Member(String id, int index, int age, Relationship relationship, boolean tobaccoUser) implements PersonFact {
    @Override
    public String personId() {
        return id;
    }
}
