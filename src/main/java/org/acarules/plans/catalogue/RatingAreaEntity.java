package org.acarules.plans.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which rating area a county belongs to in a state and plan year (45 CFR 147.102(b)). */
@Entity
@Table(name = "rating_area")
public class RatingAreaEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_year")
    public int planYear;
    public String state;
    @Column(name = "county_fips")
    public String countyFips;
    @Column(name = "rating_area")
    public String ratingArea;
}
