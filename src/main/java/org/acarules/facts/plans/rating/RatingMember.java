package org.acarules.facts.plans.rating;

import java.time.LocalDate;
import org.acarules.facts.PersonFact;
import org.acarules.facts.Relationship;

/**
 * A covered member as the request gives them, before the rules settle the rating age and tobacco status: either
 * {@code age} or {@code dateOfBirth}; {@code usesTobacco} (the caller's own determination) and/or the date of last
 * tobacco use, each possibly absent. The rules turn it into a {@link Member}.
 */
public record RatingMember(String id, int index, Integer age, LocalDate dateOfBirth, Relationship relationship,
        Boolean usesTobacco, LocalDate lastTobaccoUse) implements PersonFact {
    @Override
    public String personId() {
        return id;
    }
}
