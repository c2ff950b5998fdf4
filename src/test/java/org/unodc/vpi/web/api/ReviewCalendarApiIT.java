package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.web.api.ApiAnswers.errors;
import static org.unodc.vpi.web.api.ApiAnswers.id;
import static org.unodc.vpi.web.api.ApiAnswers.items;
import static org.unodc.vpi.web.api.ApiAnswers.totalItems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.calendar.MilestoneDetails;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.calendar.WorkingGroup;
import org.unodc.vpi.record.CountryScope;

/** The review calendar over HTTP as the demo users meet it, and the workflow's "next milestone" on it. */
@ApiTest
@RecordApplicationEvents
class ReviewCalendarApiIT {

  private static final String PATH = "/api/review-calendar";
  /** Each test's milestones lie in a year of their own, so the tests do not see each other's dates. */
  private static final AtomicInteger YEARS = new AtomicInteger(2200 + ThreadLocalRandom.current().nextInt(600));

  @Autowired TestRestTemplate rest;
  @Autowired ReviewCalendar calendar;
  @Autowired ApplicationEvents events;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private int year;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    year = YEARS.getAndIncrement();
  }

  @Test
  void shouldLetCoordinatorsKeepEveryCountrysCalendarAndShowOthersOnlyTheirOwn() {
    long bra = id(coordinator.post(PATH, milestone("BRA", "SELF_ASSESSMENT_DUE", null, day("03-01"))));
    long moz = id(coordinator.post(PATH, milestone("MOZ", "COP_SESSION", null, day("02-01"))));
    long braSession = id(coordinator.post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", "firearms",
        day("01-15"))));

    List<Map<String, Object>> seenByGovbra = items(govbra.get(PATH + "?from=" + day("01-01") + "&size=200"));
    List<Map<String, Object>> seenByCoordinator = items(coordinator.get(PATH + "?from=" + day("01-01")
        + "&size=200"));

    assertThat(seenByGovbra).allSatisfy(m -> assertThat(m).containsEntry("country", "BRA"))
        .extracting(m -> ((Number) m.get("id")).longValue()).startsWith(braSession, bra).doesNotContain(moz);
    assertThat(seenByCoordinator).extracting(m -> ((Number) m.get("id")).longValue())
        .startsWith(braSession, moz, bra);
    assertThat(seenByGovbra.get(0)).containsEntry("workingGroup", "firearms").containsEntry("reviewCluster",
        "cluster2").containsEntry("createdBy", "coordinator");
    assertThat(govbra.get(PATH + "/" + moz).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(govmoz.get(PATH + "/" + moz).getBody()).containsEntry("kind", "COP_SESSION");
    assertThat(totalItems(govmoz.get(PATH + "?country=BRA&from=" + day("01-01")))).isZero();
    assertThat(items(govbra.get(PATH + "?kind=WORKING_GROUP_SESSION&from=" + day("01-01"))))
        .extracting(m -> ((Number) m.get("id")).longValue()).startsWith(braSession).doesNotContain(bra);
  }

  @Test
  void shouldRefuseCalendarChangesToEveryoneButCoordinators() {
    long id = id(coordinator.post(PATH, milestone("BRA", "COP_SESSION", null, day("10-12"))));

    ResponseEntity<Map<String, Object>> byCivilSociety =
        csobra.post(PATH, milestone("BRA", "COP_SESSION", null, day("11-12")));
    ResponseEntity<Map<String, Object>> byGovernment =
        govbra.put(PATH + "/" + id, withVersion(milestone("BRA", "COP_SESSION", null, day("11-12")), 0));
    ResponseEntity<Map> deletedByGovernment = govbra.exchange(HttpMethod.DELETE, PATH + "/" + id + "?version=0",
        null, Map.class);

    assertThat(byCivilSociety.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byGovernment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deletedByGovernment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(items(coordinator.get(PATH + "?country=BRA&from=" + day("01-01"))))
        .singleElement().satisfies(m -> assertThat(m).containsEntry("dueOn", day("10-12")).containsEntry("version", 0));
  }

  @Test
  void shouldNameTheWorkingGroupOfASessionWithoutOneAndStoreNothing() {
    ResponseEntity<Map<String, Object>> answer =
        coordinator.post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", null, day("06-01")));
    ResponseEntity<Map<String, Object>> inFrench =
        coordinator.inLanguage("fr").post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", null, day("06-01")));
    ResponseEntity<Map<String, Object>> groupOfACopSession =
        coordinator.post(PATH, milestone("BRA", "COP_SESSION", "firearms", day("06-01")));

    assertThat(errors(answer)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "workingGroup");
      assertThat((String) e.get("message")).contains("working group").contains(WorkingGroup.allowed());
    });
    assertThat(errors(inFrench)).singleElement().satisfies(e ->
        assertThat((String) e.get("message")).contains("groupe de travail").contains("traffickingInPersons"));
    assertThat(errors(groupOfACopSession)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "workingGroup");
      assertThat((String) e.get("message")).contains("COP_SESSION");
    });
    assertThat(totalItems(coordinator.get(PATH + "?country=BRA&from=" + day("01-01")))).isZero();
  }

  @Test
  void shouldListTheAllowedValuesOfAnUnknownKindOrWorkingGroupAndRefuseAnotherCountry() {
    ResponseEntity<Map<String, Object>> unknownKind =
        coordinator.post(PATH, milestone("BRA", "PLENARY", null, day("06-01")));
    ResponseEntity<Map<String, Object>> unknownGroup =
        coordinator.post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", "corruption", day("06-01")));
    ResponseEntity<Map<String, Object>> noTenant =
        coordinator.post(PATH, milestone("FRA", "COP_SESSION", null, day("06-01")));

    assertThat(errors(unknownKind)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "kind");
      assertThat((String) e.get("message")).contains("PLENARY")
          .contains("SELF_ASSESSMENT_DUE, WORKING_GROUP_SESSION, COP_SESSION");
    });
    assertThat(errors(unknownGroup)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "workingGroup");
      assertThat((String) e.get("message")).contains("corruption").contains(WorkingGroup.allowed());
    });
    assertThat(errors(noTenant)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "country"));
    assertThat(errors(coordinator.get(PATH + "?kind=PLENARY"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "kind"));
    assertThat(totalItems(coordinator.get(PATH + "?from=" + day("01-01")))).isZero();
  }

  @Test
  void shouldRefuseAnUpdateOrDeletionBasedOnAStaleVersion() {
    long id = id(coordinator.post(PATH, milestone("BRA", "COP_SESSION", null, day("10-12"))));
    assertThat(coordinator.put(PATH + "/" + id, withVersion(milestone("BRA", "COP_SESSION", null, day("10-13")), 0))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> stale =
        coordinator.put(PATH + "/" + id, withVersion(milestone("BRA", "COP_SESSION", null, day("10-20")), 0));
    ResponseEntity<Map> staleDelete = coordinator.exchange(HttpMethod.DELETE, PATH + "/" + id + "?version=0", null,
        Map.class);

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody()).containsEntry("currentVersion", 1);
    assertThat(staleDelete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(coordinator.get(PATH + "/" + id).getBody()).containsEntry("dueOn", day("10-13"))
        .containsEntry("version", 1);
  }

  @Test
  void shouldKeepAMovedDateAndADeletionInTheHistory() {
    long id = id(coordinator.post(PATH, milestone("BRA", "SELF_ASSESSMENT_DUE", null, day("03-01"))));

    assertThat(coordinator.put(PATH + "/" + id,
        withVersion(milestone("BRA", "SELF_ASSESSMENT_DUE", null, day("04-15")), 0)).getBody())
        .containsEntry("dueOn", day("04-15")).containsEntry("version", 1);
    List<Map<String, Object>> history = govbra.getList(PATH + "/" + id + "/history").getBody();

    assertThat(history).extracting(h -> h.get("action"), h -> h.get("changedBy"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("created", "coordinator"),
            org.assertj.core.groups.Tuple.tuple("updated", "coordinator"));
    assertThat(history.get(1).get("changes")).isEqualTo(Map.of("dueOn", List.of(day("03-01"), day("04-15"))));
    assertThat(govmoz.get(PATH + "/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(coordinator.exchange(HttpMethod.DELETE, PATH + "/" + id, null, Map.class).getStatusCode())
        .as("a deletion without version").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(coordinator.exchange(HttpMethod.DELETE, PATH + "/" + id + "?version=1", null, Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(coordinator.get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(govbra.getList(PATH + "/" + id + "/history").getBody()).extracting(h -> h.get("action"))
        .containsExactly("created", "updated", ReviewCalendar.DELETED);
  }

  @Test
  void shouldFindTheEarliestMilestoneOnOrAfterADayPerKindAndWorkingGroup() {
    id(coordinator.post(PATH, milestone("MOZ", "WORKING_GROUP_SESSION", "firearms", day("02-01"))));
    long questionnaire = id(coordinator.post(PATH, milestone("BRA", "SELF_ASSESSMENT_DUE", null, day("03-01"))));
    long firearms = id(coordinator.post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", "firearms", day("04-10"))));
    long trafficking = id(coordinator.post(PATH, milestone("BRA", "WORKING_GROUP_SESSION", "traffickingInPersons",
        day("05-20"))));
    long cop = id(coordinator.post(PATH, milestone("BRA", "COP_SESSION", null, day("10-12"))));
    Set<MilestoneKind> sessions = Set.of(MilestoneKind.WORKING_GROUP_SESSION);

    assertThat(next(sessions, WorkingGroup.ANY, "01-01")).isEqualTo(firearms);
    assertThat(next(sessions, "traffickingInPersons", "01-01")).isEqualTo(trafficking);
    assertThat(next(sessions, WorkingGroup.ANY, "04-10")).as("due on the day itself").isEqualTo(firearms);
    assertThat(next(sessions, WorkingGroup.ANY, "04-11")).isEqualTo(trafficking);
    assertThat(next(Set.of(MilestoneKind.SELF_ASSESSMENT_DUE, MilestoneKind.COP_SESSION), "firearms", "01-01"))
        .isEqualTo(questionnaire);
    assertThat(next(Set.of(MilestoneKind.SELF_ASSESSMENT_DUE, MilestoneKind.COP_SESSION), "firearms", "03-02"))
        .isEqualTo(cop);

    // The firearms session moves after the trafficking one: the next session moves with it.
    assertThat(coordinator.put(PATH + "/" + firearms,
        withVersion(milestone("BRA", "WORKING_GROUP_SESSION", "firearms", day("06-01")), 0)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(next(sessions, WorkingGroup.ANY, "01-01")).isEqualTo(trafficking);
    assertThat(next(sessions, "firearms", "01-01")).isEqualTo(firearms);
  }

  @Test
  void shouldAnnounceAMovedDateWithThePreviousAndTheNewDate() {
    MilestoneDetails session = new MilestoneDetails(ReviewCluster.cluster2, MilestoneKind.WORKING_GROUP_SESSION,
        WorkingGroup.smugglingOfMigrants, "Working Group on the Smuggling of Migrants", LocalDate.parse(day("07-01")));
    ReviewMilestone created = calendar.create("BRA", session, "coordinator");

    calendar.update(created.getId(), 0, new MilestoneDetails(session.reviewCluster(), session.kind(),
        session.workingGroup(), session.title(), LocalDate.parse(day("07-08"))), CountryScope.everyCountry(),
        "coordinator");

    assertThat(events.stream(MilestoneChanged.class)).containsExactly(
        new MilestoneChanged(created.getId(), "BRA", MilestoneKind.WORKING_GROUP_SESSION, null,
            LocalDate.parse(day("07-01"))),
        new MilestoneChanged(created.getId(), "BRA", MilestoneKind.WORKING_GROUP_SESSION,
            LocalDate.parse(day("07-01")), LocalDate.parse(day("07-08"))));
  }

  private long next(Set<MilestoneKind> kinds, String workingGroup, String onOrAfter) {
    return calendar.nextMilestone("BRA", kinds, workingGroup, LocalDate.parse(day(onOrAfter)))
        .map(ReviewMilestone::getId).orElse(-1L);
  }

  /** A day of this test's year, e.g. day("04-10"). */
  private String day(String monthDay) {
    return year + "-" + monthDay;
  }

  private static Map<String, Object> milestone(String country, String kind, String workingGroup, String dueOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("country", country);
    body.put("reviewCluster", "cluster2");
    body.put("kind", kind);
    body.put("workingGroup", workingGroup);
    body.put("title", "Milestone of " + country);
    body.put("dueOn", dueOn);
    return body;
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("version", version);
    return changed;
  }
}
