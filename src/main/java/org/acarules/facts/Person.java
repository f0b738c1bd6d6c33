package org.acarules.facts;

/** One member of the tax household, as the applicant reported. No names: an id only. */
public record Person(String id, int age, Relationship relationship, boolean seeksCoverage, boolean taxDependent,
        boolean tobaccoUser, boolean pregnant, ImmigrationStatus immigrationStatus,
        boolean barredFromMedicaidByImmigrationStatus, boolean incarcerated, boolean aian, boolean otherMec,
        boolean hardshipExemption) implements PersonFact {

    @Override
    public String personId() {
        return id;
    }

    /** Spouse or child of the filer, or the filer: who can be covered through a household member's job. */
    public boolean inCoreFamily() {
        return relationship == Relationship.SELF || relationship == Relationship.SPOUSE
                || relationship == Relationship.CHILD;
    }
}
