package org.gridgov.scoring.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the Immutables processor (which recognises the name) to let a collection attribute's
 * builder take {@code null} elements, so that the value's own check can refuse them naming the
 * element ({@code rules[3]}) instead of a bare {@link NullPointerException} from the builder.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface AllowNulls {}
