package org.acarules.plans.compliance;

import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.acarules.facts.plans.ComplianceStatus;
import org.acarules.facts.plans.Requirement;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanComplianceResponse(int planYear, String rulesetVersion, String planId, ComplianceStatus status,
        boolean canRenew, List<ViolationEntry> violations, Grandfathering grandfathered, List<Requirement> exemptFrom,
        List<Requirement> stillBinding, AvRangeEntry actuarialValueRange, OopLimitEntry outOfPocketLimit,
        List<Statement> findings, List<Reason> reasons, List<TraceEntry> trace) {

    public record ViolationEntry(Requirement requirement, String rule, String citation, String detail) {
    }

    /** Present when the plan claims grandfathered status. */
    public record Grandfathering(boolean retained, List<LostBy> lostBy) {
    }

    public record LostBy(int change, String type, String rule, String citation, String detail) {
    }

    public record AvRangeEntry(String metalLevel, BigDecimal target, BigDecimal min, BigDecimal max) {
    }

    public record OopLimitEntry(BigDecimal selfOnly, BigDecimal family) {
    }

    /** A finding or reason: the rule's stable id, the law it cites, a plain sentence. */
    public record Statement(String rule, String citation, String text) {
    }

}
