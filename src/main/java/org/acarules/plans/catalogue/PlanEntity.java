package org.acarules.plans.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A plan in the catalogue: one row of a rate/plan-attributes file for a plan year. */
@Entity
@Table(name = "plan")
public class PlanEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_year")
    public int planYear;
    @Column(name = "plan_id")
    public String planId;
    public String issuer;
    public String state;
    @Column(name = "rating_area")
    public String ratingArea;
    @Column(name = "metal_level")
    public String metalLevel;
    @Column(name = "age21_premium")
    public BigDecimal age21Premium;
    @Column(name = "ehb_share")
    public BigDecimal ehbShare;
    @Column(name = "covers_pediatric_dental")
    public boolean coversPediatricDental;
    public boolean illustrative;
}
