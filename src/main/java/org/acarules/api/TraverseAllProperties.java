package org.acarules.api;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may read and descend into every property. What this service validates are requests (records),
 * never ORM entities; without this bean Quarkus asks Hibernate ORM, for each property of each request, whether it is
 * loaded (the JPA rule, there to keep validation from loading lazy associations of entities, which no entity here
 * has): about a quarter of validating an eligibility request (src/bench/BENCHMARKS.md). Quarkus's validator factory
 * takes a bean of this type when there is one.
 */
@Singleton
@Unremovable
public class TraverseAllProperties implements TraversableResolver {
    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
