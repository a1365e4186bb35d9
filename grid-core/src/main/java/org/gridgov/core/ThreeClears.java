package org.gridgov.core;

/**
 * The "three clears" figures of a grid (三清: 人员底数清、房屋信息清、隐患矛盾清): what is known
 * of its people, its houses and its hazards and disputes, counted over the elements that lie
 * in exactly one of its basic grids. A grid above the basic level sums its basic grids.
 *
 * @param persons people (人)
 * @param registered registered residents (户籍)
 * @param floating floating population (流动)
 * @param overseas people from outside the mainland
 * @param specialGroupMembers people in at least one special group (特殊人群)
 * @param keyPersons key persons (重点人员)
 * @param partyMembers party members (党员)
 * @param personsWithIdNumber people whose identity number is registered
 * @param houses houses (房)
 * @param rentals rental houses (出租屋)
 * @param ratedRentals rental houses with a star rating
 * @param housesWithDoorplate houses with a QR-code door plate (二维码门牌)
 * @param housesWithFullAddress houses known down to building, unit and room
 * @param objects facilities, components and hazards (物)
 * @param openHazards hazards not yet removed (隐患)
 * @param affairs events, disputes and requests, settled or not (事)
 * @param openDisputes disputes not yet settled (矛盾纠纷)
 * @param openRequests requests and events not yet settled (诉求、事件)
 * @param organisations organisations (组织)
 * @param partyOrganisations party branches, groups and committees
 */
public record ThreeClears(int persons, int registered, int floating, int overseas, int specialGroupMembers,
    int keyPersons, int partyMembers, int personsWithIdNumber, int houses, int rentals, int ratedRentals,
    int housesWithDoorplate, int housesWithFullAddress, int objects, int openHazards, int affairs, int openDisputes,
    int openRequests, int organisations, int partyOrganisations) {

  /** Nothing counted. */
  public static final ThreeClears NONE = new ThreeClears(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The figures of one element. */
  public static ThreeClears of(Element e) {
    if (e == null) {
      throw new MissingValueException("element");
    }
    if (!kindMatchesClass(e)) {
      throw new InvalidInputException("elements[" + e.id() + "].kind", String.valueOf(e.kind()),
          "must match the element's class " + e.getClass().getSimpleName());
    }
    switch (e.kind()) {
      case PERSON: {
        Person p = (Person) e;
        return new ThreeClears(1, p.residence() == Residence.REGISTERED ? 1 : 0,
            p.residence() == Residence.FLOATING ? 1 : 0, p.residence() == Residence.OVERSEAS ? 1 : 0,
            p.specialGroups().isEmpty() ? 0 : 1, p.keyPerson().isPresent() ? 1 : 0, p.partyMember() ? 1 : 0,
            p.idNumber().isPresent() ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
      }
      case HOUSE: {
        House h = (House) e;
        boolean rental = h.use() == HouseUse.RENTAL;
        return new ThreeClears(0, 0, 0, 0, 0, 0, 0, 0, 1, rental ? 1 : 0, h.rentalStarRating().isPresent() ? 1 : 0,
            h.doorplateCode().isPresent() ? 1 : 0, h.address().isComplete() ? 1 : 0, 0, 0, 0, 0, 0, 0, 0);
      }
      case OBJECT: {
        Facility f = (Facility) e;
        return new ThreeClears(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, f.isOpenHazard() ? 1 : 0, 0, 0, 0, 0, 0);
      }
      case AFFAIR: {
        Affair a = (Affair) e;
        boolean open = !a.resolved();
        return new ThreeClears(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
            open && a.affairKind() == AffairKind.DISPUTE ? 1 : 0, open && a.affairKind() != AffairKind.DISPUTE ? 1 : 0, 0, 0);
      }
      default: {
        Organisation o = (Organisation) e;
        boolean party = o.organisationKind() == OrganisationKind.PARTY_BRANCH
            || o.organisationKind() == OrganisationKind.PARTY_GROUP
            || o.organisationKind() == OrganisationKind.PARTY_COMMITTEE;
        return new ThreeClears(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, party ? 1 : 0);
      }
    }
  }

  private static boolean kindMatchesClass(Element e) {
    if (e.kind() == null) {
      return false;
    }
    switch (e.kind()) {
      case PERSON:
        return e instanceof Person;
      case HOUSE:
        return e instanceof House;
      case OBJECT:
        return e instanceof Facility;
      case AFFAIR:
        return e instanceof Affair;
      default:
        return e instanceof Organisation;
    }
  }

  /** The sum of two sets of figures. */
  public ThreeClears plus(ThreeClears o) {
    return new ThreeClears(persons + o.persons, registered + o.registered, floating + o.floating,
        overseas + o.overseas, specialGroupMembers + o.specialGroupMembers, keyPersons + o.keyPersons,
        partyMembers + o.partyMembers, personsWithIdNumber + o.personsWithIdNumber, houses + o.houses,
        rentals + o.rentals, ratedRentals + o.ratedRentals, housesWithDoorplate + o.housesWithDoorplate,
        housesWithFullAddress + o.housesWithFullAddress, objects + o.objects, openHazards + o.openHazards,
        affairs + o.affairs,
        openDisputes + o.openDisputes, openRequests + o.openRequests, organisations + o.organisations,
        partyOrganisations + o.partyOrganisations);
  }

  /** The number of elements counted, of all five kinds. */
  public int elements() {
    return persons + houses + objects + affairs + organisations;
  }

  /** 人员底数清: every person counted has a registered identity number. */
  public boolean headcountClear() {
    return personsWithIdNumber == persons;
  }

  /** 房屋信息清: every house is known down to the room and carries a door plate. */
  public boolean houseInfoClear() {
    return housesWithFullAddress == houses && housesWithDoorplate == houses;
  }
}
