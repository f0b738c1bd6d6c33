package org.acarules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's relationship to the tax filer ("self"). */
public enum Relationship {
    @JsonProperty("self") SELF,
    @JsonProperty("spouse") SPOUSE,
    @JsonProperty("child") CHILD,
    @JsonProperty("other_relative") OTHER_RELATIVE
}
