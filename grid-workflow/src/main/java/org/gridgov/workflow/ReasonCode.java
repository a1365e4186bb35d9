package org.gridgov.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A reason code a definition's transitions accept (原因代码), for example {@code outside-remit} 非本部门职责. */
@Value.Immutable
@JsonSerialize(as = ImmutableReasonCode.class)
@JsonDeserialize(as = ImmutableReasonCode.class)
public abstract class ReasonCode {
  /** The code. */
  @Value.Parameter
  public abstract String id();

  /** Its meaning in words. */
  @Value.Parameter
  public abstract String name();

  public static ReasonCode of(String id, String name) {
    return ImmutableReasonCode.of(id, name);
  }
}
