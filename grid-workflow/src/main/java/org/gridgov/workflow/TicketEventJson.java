package org.gridgov.workflow;

import static org.gridgov.workflow.JsonFields.bool;
import static org.gridgov.workflow.JsonFields.dbl;
import static org.gridgov.workflow.JsonFields.enumOf;
import static org.gridgov.workflow.JsonFields.grids;
import static org.gridgov.workflow.JsonFields.instant;
import static org.gridgov.workflow.JsonFields.number;
import static org.gridgov.workflow.JsonFields.object;
import static org.gridgov.workflow.JsonFields.optInstant;
import static org.gridgov.workflow.JsonFields.optText;
import static org.gridgov.workflow.JsonFields.text;
import static org.gridgov.workflow.JsonFields.texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Datum;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Joint;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;
import org.gridgov.core.TimeLimitUnit;

/**
 * The JSON form of a {@link TicketEvent} (事件JSON编码), for store adapters (the {@code event jsonb}
 * column), message buses and exports. {@link #toStorageJson} keeps everything and
 * {@link #fromJson} reads it back equal; {@link #toJson} is the default form for logs and
 * exports and masks the reporter's phone number (personal data).
 *
 * <pre>{@code
 * {"ticketId": "…", "version": 3, "type": "DISPATCHED", "transition": "dispatch",
 *  "fromState": "filed", "state": "dispatched", "enteredState": true,
 *  "actor": {"id": "centre-1", "kind": "COMMAND_CENTRE", "scopeRoots": ["370811"]},
 *  "role": "command-centre", "occurredAt": "2024-03-04T02:00:00Z",
 *  "payload": {"department": "urban-management", "unit": "um-xuzhuang", "smart": true},
 *  "matterType": "city.road-damage", "grid": "370811001001001", "handlingGrid": "370811001001001",
 *  "department": "urban-management",
 *  "deadline": {"startedAt": "…", "limit": {"amount": 5, "unit": "WORKING_DAYS"}, "warnAt": "…",
 *               "dueAt": "…", "paused": "PT0S"}}
 * }</pre>
 */
public final class TicketEventJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TicketEventJson() {}

  /** The event with every field, for storage; {@link #fromJson} reads it back equal. */
  public static String toStorageJson(TicketEvent event) {
    return write(event, false);
  }

  /** The event for logs and exports: the reporter's phone number is masked. */
  public static String toJson(TicketEvent event) {
    return write(event, true);
  }

  private static String write(TicketEvent e, boolean mask) {
    if (e == null) {
      throw new MissingValueException("event");
    }
    ObjectNode o = F.objectNode();
    o.put("ticketId", e.ticketId().value());
    o.put("version", e.version());
    o.put("type", e.type().name());
    o.put("transition", e.transition());
    e.fromState().ifPresent(s -> o.put("fromState", s));
    o.put("state", e.state());
    o.put("enteredState", e.enteredState());
    ObjectNode actor = o.putObject("actor");
    actor.put("id", e.actor().id());
    actor.put("kind", e.actor().kind().name());
    e.actor().department().ifPresent(d -> actor.put("department", d));
    ArrayNode roots = actor.putArray("scopeRoots");
    e.actor().scopeRoots().forEach(r -> roots.add(r.value()));
    o.put("role", e.role());
    o.put("occurredAt", e.occurredAt().toString());
    e.reason().ifPresent(r -> o.put("reason", r));
    e.comment().ifPresent(c -> o.put("comment", c));
    o.set("payload", payload(e.payload(), mask));
    o.put("matterType", e.matterType());
    o.put("grid", e.grid().value());
    o.put("handlingGrid", e.handlingGrid().value());
    e.department().ifPresent(d -> o.put("department", d));
    e.deadline().ifPresent(d -> o.set("deadline", deadline(d)));
    e.stepDeadline().ifPresent(d -> o.set("stepDeadline", deadline(d)));
    try {
      return GridGovJson.mapper().writeValueAsString(o);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a tree always serialises", ex);
    }
  }

  private static ObjectNode limit(TimeLimit l) {
    ObjectNode o = F.objectNode();
    o.put("amount", l.amount());
    o.put("unit", l.unit().name());
    return o;
  }

  private static ObjectNode deadline(Deadline d) {
    ObjectNode o = F.objectNode();
    o.put("startedAt", d.startedAt().toString());
    o.set("limit", limit(d.limit()));
    o.put("warnAt", d.warnAt().toString());
    o.put("dueAt", d.dueAt().toString());
    d.pausedSince().ifPresent(p -> o.put("pausedSince", p.toString()));
    o.put("paused", d.paused().toString());
    return o;
  }

  private static ObjectNode payload(EventPayload p, boolean mask) {
    ObjectNode o = F.objectNode();
    if (p instanceof EventPayload.Reported) {
      EventPayload.Reported r = (EventPayload.Reported) p;
      o.put("definition", r.definition());
      o.put("channel", r.channel().name());
      o.put("matterType", r.matterType());
      o.put("matterClass", r.matterClass().name());
      o.set("limit", limit(r.limit()));
      o.put("owningDepartment", r.owningDepartment());
      o.put("grid", r.grid().value());
      r.location().ifPresent(l -> {
        ObjectNode at = o.putObject("location");
        at.put("longitude", l.longitude());
        at.put("latitude", l.latitude());
        l.address().ifPresent(a -> at.put("address", a));
        if (l.datum() != Datum.WGS84) {
          at.put("datum", l.datum().name());
        }
      });
      ObjectNode rep = o.putObject("reporter");
      rep.put("kind", r.reporter().kind().name());
      rep.put("id", r.reporter().id());
      r.reporter().name().ifPresent(n -> rep.put("name", n));
      (mask ? r.reporter().maskedPhone() : r.reporter().phone()).ifPresent(ph -> rep.put("phone", ph));
      o.put("priority", r.priority().name());
      o.put("summary", r.summary());
      r.specialGroup().ifPresent(g -> o.put("specialGroup", g.name()));
      r.joint().ifPresent(j -> o.put("joint", j.name()));
      if (!r.sharedGrids().isEmpty()) {
        ArrayNode shared = o.putArray("sharedGrids");
        r.sharedGrids().forEach(g -> shared.add(g.value()));
      }
    } else if (p instanceof EventPayload.Rejected) {
      ((EventPayload.Rejected) p).duplicateOf().ifPresent(d -> o.put("duplicateOf", d.value()));
    } else if (p instanceof EventPayload.Promised) {
      o.set("limit", limit(((EventPayload.Promised) p).limit()));
    } else if (p instanceof EventPayload.Dispatched) {
      EventPayload.Dispatched d = (EventPayload.Dispatched) p;
      o.put("department", d.department());
      d.unit().ifPresent(u -> o.put("unit", u));
      o.put("smart", d.smart());
      if (!d.assisting().isEmpty()) {
        ArrayNode a = o.putArray("assisting");
        d.assisting().forEach(a::add);
      }
    } else if (p instanceof EventPayload.DepartmentAction) {
      EventPayload.DepartmentAction d = (EventPayload.DepartmentAction) p;
      o.put("department", d.department());
      d.unit().ifPresent(u -> o.put("unit", u));
    } else if (p instanceof EventPayload.Extension) {
      EventPayload.Extension x = (EventPayload.Extension) p;
      o.set("by", limit(x.by()));
      x.previousDueAt().ifPresent(t -> o.put("previousDueAt", t.toString()));
    } else if (p instanceof EventPayload.Escalated) {
      EventPayload.Escalated x = (EventPayload.Escalated) p;
      o.put("from", x.from().value());
      o.put("to", x.to().value());
      ArrayNode s = o.putArray("summoned");
      x.summoned().forEach(s::add);
      x.reportInDueAt().ifPresent(t -> o.put("reportInDueAt", t.toString()));
    } else if (p instanceof EventPayload.Urged) {
      EventPayload.Urged u = (EventPayload.Urged) p;
      o.put("level", u.level().name());
      u.department().ifPresent(d -> o.put("department", d));
      o.put("automatic", u.automatic());
    } else if (p instanceof EventPayload.Overdue) {
      EventPayload.Overdue u = (EventPayload.Overdue) p;
      o.put("clock", u.clock());
      o.put("dueAt", u.dueAt().toString());
      u.department().ifPresent(d -> o.put("department", d));
    } else if (p instanceof EventPayload.Rated) {
      o.put("satisfaction", ((EventPayload.Rated) p).satisfaction().name());
    } else if (p instanceof EventPayload.Closed) {
      EventPayload.Closed c = (EventPayload.Closed) p;
      o.put("onTime", c.onTime());
      c.dueAt().ifPresent(t -> o.put("dueAt", t.toString()));
    }
    return o;
  }

  /**
   * Reads an event written by {@link #toStorageJson}.
   *
   * @throws InvalidInputException naming the JSON field at fault
   */
  public static TicketEvent fromJson(String json) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    JsonNode o;
    try {
      o = GridGovJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw GridGovJson.translate(e, "event", InvalidInputException::new);
    }
    if (o == null || !o.isObject()) {
      throw new InvalidInputException("$", String.valueOf(o), "an event is a JSON object");
    }
    try {
      TicketEventType type = enumOf(TicketEventType.class, o, "type");
      JsonNode a = object(o, "actor");
      Principal.Builder actor = Principal.builder().id(text(a, "actor.id")).kind(enumOf(PrincipalKind.class, a, "kind"));
      optText(a, "department").ifPresent(actor::department);
      JsonNode roots = a.path("scopeRoots");
      for (int i = 0; i < roots.size(); i++) {
        actor.addScopeRoots(GridCode.parse("actor.scopeRoots[" + i + "]", roots.get(i).asText()));
      }
      TicketEvent.Builder b = TicketEvent.builder()
          .ticketId(TicketId.of(text(o, "ticketId")))
          .version(number(o, "version"))
          .type(type)
          .transition(text(o, "transition"))
          .fromState(optText(o, "fromState"))
          .state(text(o, "state"))
          .enteredState(bool(o, "enteredState"))
          .actor(actor.build())
          .role(text(o, "role"))
          .occurredAt(instant(o, "occurredAt"))
          .reason(optText(o, "reason"))
          .comment(optText(o, "comment"))
          .payload(payload(type, object(o, "payload")))
          .matterType(text(o, "matterType"))
          .grid(GridCode.parse("grid", text(o, "grid")))
          .handlingGrid(GridCode.parse("handlingGrid", text(o, "handlingGrid")))
          .department(optText(o, "department"));
      if (o.has("deadline")) {
        b.deadline(deadline(object(o, "deadline"), "deadline"));
      }
      if (o.has("stepDeadline")) {
        b.stepDeadline(deadline(object(o, "stepDeadline"), "stepDeadline"));
      }
      return b.build();
    } catch (GridGovException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidInputException("$", "(event)", "not a ticket event: " + e.getMessage());
    }
  }

  private static EventPayload payload(TicketEventType type, JsonNode p) {
    switch (type) {
      case REPORTED: {
        JsonNode r = object(p, "reporter");
        Optional<ReportedPlace> location = Optional.empty();
        if (p.has("location")) {
          JsonNode l = object(p, "location");
          location = Optional.of(new ReportedPlace(dbl(l, "longitude"), dbl(l, "latitude"), optText(l, "address"),
              l.has("datum") ? enumOf(Datum.class, l, "datum") : Datum.WGS84));
        }
        return new EventPayload.Reported(text(p, "definition"), enumOf(Channel.class, p, "channel"), text(p, "matterType"),
            enumOf(MatterClass.class, p, "matterClass"), limit(object(p, "limit"), "payload.limit"),
            text(p, "owningDepartment"), GridCode.parse("payload.grid", text(p, "grid")), location,
            new Reporter(enumOf(ReporterKind.class, r, "kind"), text(r, "id"), optText(r, "name"), optText(r, "phone")),
            enumOf(Priority.class, p, "priority"), text(p, "summary"),
            p.has("specialGroup") ? Optional.of(enumOf(SpecialGroup.class, p, "specialGroup")) : Optional.empty(),
            p.has("joint") ? Optional.of(enumOf(Joint.class, p, "joint")) : Optional.empty(), grids(p, "sharedGrids"));
      }
      case REJECTED:
        return new EventPayload.Rejected(optText(p, "duplicateOf").map(TicketId::of));
      case PROMISED:
        return new EventPayload.Promised(limit(object(p, "limit"), "payload.limit"));
      case DISPATCHED:
        return new EventPayload.Dispatched(text(p, "department"), optText(p, "unit"), bool(p, "smart"), texts(p, "assisting"));
      case DEPARTMENT_ACCEPTED:
      case RETURNED:
      case REPORTED_IN:
        return new EventPayload.DepartmentAction(text(p, "department"), optText(p, "unit"));
      case EXTENSION_REQUESTED:
      case EXTENSION_APPROVED:
        return new EventPayload.Extension(limit(object(p, "by"), "payload.by"), optInstant(p, "previousDueAt"));
      case ESCALATED: {
        List<String> summoned = new ArrayList<>();
        p.path("summoned").forEach(n -> summoned.add(n.asText()));
        return new EventPayload.Escalated(GridCode.parse("payload.from", text(p, "from")),
            GridCode.parse("payload.to", text(p, "to")), summoned, optInstant(p, "reportInDueAt"));
      }
      case URGED:
        return new EventPayload.Urged(enumOf(UrgingLevel.class, p, "level"), optText(p, "department"), bool(p, "automatic"));
      case OVERDUE:
        return new EventPayload.Overdue(text(p, "clock"), instant(p, "dueAt"), optText(p, "department"));
      case RATED:
        return new EventPayload.Rated(enumOf(Satisfaction.class, p, "satisfaction"));
      case CLOSED:
        return new EventPayload.Closed(bool(p, "onTime"), optInstant(p, "dueAt"));
      default:
        return EventPayload.none();
    }
  }

  private static Deadline deadline(JsonNode d, String field) {
    Duration paused;
    try {
      paused = Duration.parse(text(d, "paused"));
    } catch (DateTimeException e) {
      throw new InvalidInputException(field + ".paused", text(d, "paused"), "must be an ISO-8601 duration");
    }
    return new Deadline(instant(d, "startedAt"), limit(object(d, "limit"), field + ".limit"), instant(d, "warnAt"),
        instant(d, "dueAt"), optInstant(d, "pausedSince"), paused);
  }

  private static TimeLimit limit(JsonNode l, String field) {
    return new TimeLimit((int) number(l, "amount"), enumOf(TimeLimitUnit.class, l, "unit"));
  }

}
