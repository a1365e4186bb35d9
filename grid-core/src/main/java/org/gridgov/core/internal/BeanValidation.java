package org.gridgov.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Jakarta Validation (Hibernate Validator) configured for the SDK's fluent accessors
 * ({@code name()} rather than {@code getName()}): every no-argument method returning a value
 * is a property. Messages take their parameters ({@code {min}}) but never evaluate expressions, so
 * no Expression Language implementation is needed (nor can a value inject one). Built once, on
 * first use.
 */
public final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new FluentAccessors())
        // the SDK's messages need parameters ({min}) only, never expressions: no EL at run time
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Checks the Jakarta constraints of {@code value} and everything it cascades to.
   *
   * @return the first violation (ordered by path) as an exception, or empty
   */
  public static Optional<InvalidInputException> firstViolation(Object value, PathFactory paths) {
    Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
    return violations.stream()
        .min(Comparator.<ConstraintViolation<Object>, String>comparing(v -> v.getPropertyPath().toString())
            .thenComparing(BeanValidation::rank))
        .map(v -> paths.create(v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()),
            v.getMessage() + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more problems)" : "")));
  }

  /**
   * On one attribute, a missing value is named before the shape it lacks ("must not be blank"
   * rather than the pattern an empty text fails); otherwise the order is the constraint's name,
   * so the same input always gets the same message.
   */
  private static String rank(ConstraintViolation<Object> v) {
    String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return (name.startsWith("Not") ? "0" : "1") + name;
  }

  /** Makes the exception for one violation. */
  @FunctionalInterface
  public interface PathFactory {
    InvalidInputException create(String path, String value, String rule);
  }

  private static final class FluentAccessors implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      String name = executable.getName();
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || name.equals("hashCode") || name.equals("toString") || name.equals("getClass")) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public java.util.List<String> getGetterMethodNameCandidates(String propertyName) {
      return java.util.List.of(propertyName);
    }
  }
}
