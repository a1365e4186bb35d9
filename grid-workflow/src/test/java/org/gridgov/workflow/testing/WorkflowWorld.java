package org.gridgov.workflow.testing;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.Department;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterType;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.TimeLimit;
import org.gridgov.core.TimeLimitClass;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.DepartmentDirectory;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.TicketStore;

/**
 * A small district for workflow tests (测试用辖区), after the Taibaihu articles: district → street →
 * community → basic grid, a matter catalogue with departments and time-limit classes, department
 * units for smart dispatch, and named principals at each level. Everything is immutable; build a
 * service with {@link #service(MutableClock)}.
 */
public final class WorkflowWorld {
  /** The district. */
  public static final GridCode DISTRICT = GridCode.parse("370811");
  /** 许庄街道. */
  public static final GridCode XUZHUANG = GridCode.parse("370811001");
  /** 济东街道. */
  public static final GridCode JIDONG = GridCode.parse("370811002");
  /** 荷韵花园社区. */
  public static final GridCode HEYUN = GridCode.parse("370811001001");
  /** 御景花园社区. */
  public static final GridCode YUJING = GridCode.parse("370811001002");
  /** 济东新村社区. */
  public static final GridCode JIDONG_NEW_VILLAGE = GridCode.parse("370811002001");
  /** 荷韵花园第1网格: the grid of the real ticket. */
  public static final GridCode HEYUN_1 = GridCode.parse("370811001001001");
  /** 荷韵花园第2网格. */
  public static final GridCode HEYUN_2 = GridCode.parse("370811001001002");
  /** 御景花园第1网格. */
  public static final GridCode YUJING_1 = GridCode.parse("370811001002001");
  /** 济东新村第1网格. */
  public static final GridCode JIDONG_1 = GridCode.parse("370811002001001");

  /** The matter type of the real ticket: electric bikes parked anyhow (电车乱停乱放), on the spot. */
  public static final String BIKE_PARKING = "city.bike-parking";
  /** A damaged road: escalated, urban management, 5 working days. */
  public static final String ROAD_DAMAGE = "city.road-damage";
  /** Help for an elderly person living alone: promised, civil affairs, 15 working days. */
  public static final String ELDERLY_CARE = "civil.elderly-care";
  /** Garbage piled up: escalated, urban management, 7 calendar days. */
  public static final String GARBAGE = "env.garbage";
  /** A dispute between neighbours: escalated, justice office, 10 working days. */
  public static final String NEIGHBOUR_DISPUTE = "dispute.neighbour";
  /** A matter for the seven-step deliberation: an estate's shared facilities. */
  public static final String SHARED_FACILITY = "community.shared-facility";
  /** The one-key call for help (一键求助): civil affairs, in {@link #catalogueWithHelp()} only. */
  public static final String ONE_KEY_HELP = "help.one-key";

  private static final String SCHEME = """
      {
        "id": "taibaihu-test",
        "name": "测试辖区",
        "levels": [
          { "id": "district", "name": "区", "codeWidth": 6 },
          { "id": "street", "name": "街道一级网格", "codeWidth": 3 },
          { "id": "community", "name": "社区二级网格", "codeWidth": 3 },
          { "id": "grid", "name": "基础网格", "codeWidth": 3, "basic": true }
        ],
        "layers": [ { "id": "comprehensive", "name": "综合网格", "fullCoverage": true } ]
      }
      """;

  public final GridScheme scheme;
  public final GridTree tree;
  public final MatterCatalogue catalogue;
  public final DepartmentDirectory directory;
  public final BusinessCalendar calendar = BusinessCalendar.chinese();

  /** 综治中心: the district command centre. */
  public final Principal centre;
  /** 张敏: the grid worker of 荷韵花园第1网格. */
  public final Principal worker;
  /** The grid worker of 荷韵花园第2网格. */
  public final Principal worker2;
  /** The grid worker of 济东新村第1网格: outside 荷韵's scope. */
  public final Principal jidongWorker;
  /** The leader of 荷韵花园第1网格 (basic grid level). */
  public final Principal gridLeader;
  /** The 荷韵花园 community's leader (社区党委/社工委). */
  public final Principal communityLeader;
  /** The 许庄 street's leader. */
  public final Principal streetLeader;
  /** 许庄城管中队: the urban management unit of 许庄 street. */
  public final Principal urbanManagement;
  /** The housing bureau, district-wide. */
  public final Principal housing;
  /** The civil affairs bureau, district-wide. */
  public final Principal civilAffairs;
  /** The justice office, district-wide. */
  public final Principal justice;

  public WorkflowWorld() {
    scheme = GridSchemes.fromJson(SCHEME);
    tree = GridTree.builder(scheme)
        .add(Grid.of(DISTRICT, "任城区(测试)", 1))
        .add(Grid.of(XUZHUANG, "许庄街道", 2))
        .add(Grid.of(JIDONG, "济东街道", 2))
        .add(Grid.of(HEYUN, "荷韵花园社区", 3))
        .add(Grid.of(YUJING, "御景花园社区", 3))
        .add(Grid.of(JIDONG_NEW_VILLAGE, "济东新村社区", 3))
        .add(Grid.of(HEYUN_1, "荷韵花园第1网格", 4))
        .add(Grid.of(HEYUN_2, "荷韵花园第2网格", 4))
        .add(Grid.of(YUJING_1, "御景花园第1网格", 4))
        .add(Grid.of(JIDONG_1, "济东新村第1网格", 4))
        .build();
    catalogue = MatterCatalogue.builder()
        .addDepartments(Department.of("urban-management", "综合行政执法局"), Department.of("housing", "住房和城乡建设局"),
            Department.of("civil-affairs", "民政局"), Department.of("justice", "司法局"),
            Department.of("community-affairs", "社区居委会"))
        .addTimeLimitClasses(TimeLimitClass.of("instant", "即办", TimeLimit.workingHours(2)),
            TimeLimitClass.of("ordinary", "一般件", TimeLimit.workingDays(5)),
            TimeLimitClass.of("complex", "复杂件", TimeLimit.workingDays(15)),
            TimeLimitClass.of("dispute", "纠纷", TimeLimit.workingDays(10)),
            TimeLimitClass.of("week", "七日件", TimeLimit.calendarDays(7)))
        .addMatterTypes(
            type(BIKE_PARKING, "电车乱停乱放", "urban-management", MatterClass.ON_THE_SPOT, "instant"),
            type(ROAD_DAMAGE, "道路破损", "urban-management", MatterClass.ESCALATED, "ordinary"),
            type(ELDERLY_CARE, "独居老人帮扶", "civil-affairs", MatterClass.PROMISED, "complex"),
            type(GARBAGE, "垃圾堆放", "urban-management", MatterClass.ESCALATED, "week"),
            type(NEIGHBOUR_DISPUTE, "邻里纠纷", "justice", MatterClass.ESCALATED, "dispute"),
            type(SHARED_FACILITY, "小区公共设施改造", "community-affairs", MatterClass.PROMISED, "complex"))
        .build();
    directory = DepartmentDirectory.builder(tree)
        .unit("urban-management", "um-xuzhuang", "许庄城管中队", XUZHUANG)
        .unit("urban-management", "um-jidong", "济东城管中队", JIDONG)
        .unit("housing", "housing-district", "区住建局", DISTRICT)
        .build();
    centre = Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, DISTRICT);
    worker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, HEYUN_1);
    worker2 = Principal.of("worker-heyun-2", PrincipalKind.GRID_WORKER, HEYUN_2);
    jidongWorker = Principal.of("worker-jidong-1", PrincipalKind.GRID_WORKER, JIDONG_1);
    gridLeader = Principal.of("leader-heyun-1", PrincipalKind.GRID_LEADER, HEYUN_1);
    communityLeader = Principal.of("leader-heyun", PrincipalKind.GRID_LEADER, HEYUN);
    streetLeader = Principal.of("leader-xuzhuang", PrincipalKind.GRID_LEADER, XUZHUANG);
    urbanManagement = department("um-xuzhuang-staff", "urban-management", XUZHUANG);
    housing = department("housing-staff", "housing", DISTRICT);
    civilAffairs = department("civil-staff", "civil-affairs", DISTRICT);
    justice = department("justice-staff", "justice", DISTRICT);
  }

  private static MatterType type(String code, String name, String dept, MatterClass cls, String limit) {
    return MatterType.builder().code(code).name(name).owningDepartment(dept).matterClass(cls).timeLimitClass(limit).build();
  }

  /** A department principal scoped to {@code root}. */
  public static Principal department(String id, String department, GridCode root) {
    return Principal.builder().id(id).kind(PrincipalKind.DEPARTMENT).department(department).addScopeRoots(root).build();
  }

  /** The basic grids, in tree order. */
  public List<GridCode> basicGrids() {
    return List.of(HEYUN_1, HEYUN_2, YUJING_1, JIDONG_1);
  }

  /** A locator that puts every point with longitude ≥ 116.6 in 荷韵花园第1网格 and leaves the rest uncovered. */
  public Locator locator() {
    return (lon, lat) -> lon >= 116.6 ? Optional.of(tree.node(HEYUN_1)) : Optional.empty();
  }

  /** The catalogue with the one-key call for help added ({@link #ONE_KEY_HELP}, civil affairs). */
  public MatterCatalogue catalogueWithHelp() {
    return MatterCatalogue.builder().from(catalogue).addMatterTypes(type(ONE_KEY_HELP, "一键求助", "civil-affairs",
        MatterClass.ESCALATED, "instant")).build();
  }

  /**
   * {@link #locator()} converting as grid-geo's {@code GridLocator} would: a GCJ-02 or BD-09 point here
   * lies 0.005° east of its WGS-84 position.
   */
  public Locator convertingLocator() {
    Locator wgs84 = locator();
    return new Locator() {
      @Override
      public Optional<org.gridgov.core.GridNode> locate(double lon, double lat) {
        return wgs84.locate(lon, lat);
      }

      @Override
      public Optional<org.gridgov.core.GridNode> locate(org.gridgov.core.Datum datum, double lon, double lat) {
        return wgs84.locate(datum == org.gridgov.core.Datum.WGS84 ? lon : lon - 0.005, lat);
      }
    };
  }

  /** A service on an in-memory store with the shipped definitions and this world's directory. */
  public TicketService service(MutableClock clock) {
    return builder(clock).build();
  }

  /** A service on {@code store}. */
  public TicketService service(MutableClock clock, TicketStore store) {
    return builder(clock).store(store).build();
  }

  /** A service builder with the world filled in. */
  public TicketService.Builder builder(MutableClock clock) {
    return TicketService.builder().tree(tree).catalogue(catalogue).calendar(calendar).clock(clock)
        .directory(directory).locator(locator());
  }

  /**
   * The real ticket of article 003, run through a fresh service: on 2022-01-13 the grid worker of
   * 荷韵花园 reports bikes parked anyhow at 10:06, handles it by 10:11, and the command centre
   * verifies it at 10:14. Returns its history.
   */
  public List<TicketEvent> articlesTicket() {
    MutableClock clock = MutableClock.at("2022-01-13T10:06");
    TicketService service = service(clock);
    Ticket t = service.report(report(BIKE_PARKING, HEYUN_1), worker);
    clock.set("2022-01-13T10:11");
    service.execute(Commands.handle(t.id(), worker));
    clock.set("2022-01-13T10:14");
    service.execute(Commands.verify(t.id(), centre, true).withComment("现场核实: 车辆已规范停放"));
    return service.history(t.id(), centre);
  }

  /** A report of {@code matterType} in {@code grid} by the grid worker, on patrol. */
  public NewTicket report(String matterType, GridCode grid) {
    return NewTicket.builder().channel(Channel.PATROL).matterType(matterType).grid(grid)
        .reporter(Reporter.gridStaff("zhang-min")).summary("测试上报: " + matterType).build();
  }
}
