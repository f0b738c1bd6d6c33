package org.acarules.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acarules.facts.Relationship;
import org.acarules.requests.FieldError;

/**
 * CMS Marketplace API spellings and what they mean here. Values are matched without regard to case (CMS documents
 * "Self", clients written against it also send "self"); anything else is a 400 listing CMS's own spellings.
 */
final class MarketplaceVocabulary {
    /**
     * The relationships CMS lists for 2020 and 2021, as the project's four. A child in the tax sense (26 USC 152(f)(1):
     * son, daughter, stepchild, adopted or eligible foster child) is a child; every other dependent is another relative.
     */
    private static final Map<String, Relationship> RELATIONSHIPS = new LinkedHashMap<>();

    static {
        RELATIONSHIPS.put("Self", Relationship.SELF);
        RELATIONSHIPS.put("Spouse", Relationship.SPOUSE);
        for (String child : List.of("Child", "Adopted Child", "Foster Child", "Stepson or Stepdaughter")) {
            RELATIONSHIPS.put(child, Relationship.CHILD);
        }
        for (String other : List.of("Brother or Sister", "Collateral Dependent", "Ex-Spouse", "Grandson or Granddaughter",
                "Life Partner", "Nephew or Niece", "Other Relationship", "Other Relative", "Sponsored Dependent", "Ward",
                "Annultant", "Brother-in-Law or Sister-in-Law", "Court Appointed Guardian", "Dependent of a Minor Dependent",
                "Guardian", "Son-in-Law or Daughter-in-Law", "Stepparent")) {
            RELATIONSHIPS.put(other, Relationship.OTHER_RELATIVE);
        }
    }

    static final List<String> GENDERS = List.of("Male", "Female");
    static final List<String> UTILIZATION = List.of("Low", "Medium", "High");
    static final List<String> MARKETS = List.of("Individual", "SHOP", "Any");
    static final List<String> UNEMPLOYMENT = List.of("Adult", "Dependent", "None");

    /** CMS's CSRRequestEnum, answered with its CostSharingReductionEnum names. */
    private static final Map<String, String> CSR_OVERRIDES = Map.of(
            "CSR73", "73% AV Level Silver Plan CSR",
            "CSR87", "87% AV Level Silver Plan CSR",
            "CSR94", "94% AV Level Silver Plan CSR",
            "LimitedCSR", "Limited Cost Sharing Plan Variation",
            "ZeroCSR", "Zero Cost Sharing Plan Variation");

    /** The project's CSR levels under CMS's names (CSREligibilityEnum and CostSharingReductionEnum). */
    private static final Map<String, String> CSR_NAMES = Map.of(
            "94", "94% AV Level Silver Plan CSR",
            "87", "87% AV Level Silver Plan CSR",
            "73", "73% AV Level Silver Plan CSR",
            "zero", "Zero Cost Sharing Plan Variation",
            "limited", "Limited Cost Sharing Plan Variation");

    private MarketplaceVocabulary() {
    }

    static Optional<Relationship> relationship(String value, String field, List<FieldError> errors) {
        return spelling(value, RELATIONSHIPS.keySet(), field, errors).map(RELATIONSHIPS::get);
    }

    /** The CMS name of a CSR override, e.g. CSR87 -> "87% AV Level Silver Plan CSR". */
    static Optional<String> csrOverride(String value, String field, List<FieldError> errors) {
        return spelling(value, List.of("CSR73", "CSR87", "CSR94", "LimitedCSR", "ZeroCSR"), field, errors)
                .map(CSR_OVERRIDES::get);
    }

    /** CMS's name for a CSR level of the rules (94, 87, 73, zero, limited); none for "none". */
    static String csrName(String level) {
        return CSR_NAMES.get(level);
    }

    /** CMS's own spelling of {@code value} when it is one of {@code allowed} (any case), else a field error. */
    static Optional<String> spelling(String value, java.util.Collection<String> allowed, String field, List<FieldError> errors) {
        if (value == null) {
            return Optional.empty();
        }
        for (String spelling : allowed) {
            if (spelling.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(spelling);
            }
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        errors.add(new FieldError(field, "'" + shown + "' is not one of " + String.join(", ", allowed.stream()
                .map(s -> "\"" + s + "\"").toList())));
        return Optional.empty();
    }
}
