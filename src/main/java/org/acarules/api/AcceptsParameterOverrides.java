package org.acarules.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an evaluation endpoint whose JSON body may carry {@code parameter_overrides}; {@link ParameterOverridesInterceptor}
 * takes them out of the body, evaluates the request with them and reports them in the answer.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AcceptsParameterOverrides {
}
