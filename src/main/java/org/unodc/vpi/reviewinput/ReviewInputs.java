package org.unodc.vpi.reviewinput;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/**
 * Non-governmental input to each country's review (level B), visible to the government review team
 * of that country, which may respond; every change and response audited. Who may write what is the
 * API's business; this service keeps the records consistent.
 */
@Service
@Transactional
public class ReviewInputs {

  /** The audit action of a government response; its entry holds the response text. */
  public static final String RESPONDED = "responded";

  private final ReviewInputRepository inputs;
  private final ReviewCalendar calendar;
  private final AuditTrail audit;
  private final Clock clock;

  public ReviewInputs(ReviewInputRepository inputs, ReviewCalendar calendar, AuditTrail audit, Clock clock) {
    this.inputs = inputs;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<ReviewInput> list(ReviewInputFilter filter, CountryScope scope, Pageable page) {
    ListQuery<ReviewInput> query = ListQuery.<ReviewInput>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("initiativeId", filter.initiativeId()).equalTo("reviewCluster", filter.reviewCluster())
        .equalTo("milestoneId", filter.milestoneId()).and(answered(filter.answered()));
    return inputs.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public ReviewInput get(long id, CountryScope scope) {
    return scope.visible(inputs.findById(id), ReviewInput::getCountry, RecordType.REVIEW_INPUT, id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.REVIEW_INPUT, id);
  }

  public ReviewInput create(String country, long initiativeId, ReviewInputDetails details, String actor) {
    ReviewCluster cluster = checkedCluster(country, details);
    LocalDate submittedOn = checkedSubmission(details);
    ReviewInput input = new ReviewInput(country, initiativeId, clock.instant(), actor);
    input.describe(cluster, details, submittedOn, clock.instant(), actor);
    inputs.saveAndFlush(input);
    audit.created(RecordType.REVIEW_INPUT, input.getId(), country, actor, input.snapshot());
    return input;
  }

  /** Changes the input, as long as the government has not responded to it yet. */
  public ReviewInput update(long id, long readVersion, ReviewInputDetails details, CountryScope scope,
      String actor) {
    ReviewInput input = get(id, scope);
    StaleRecordException.check(RecordType.REVIEW_INPUT, id, readVersion, input.getVersion());
    if (input.isAnswered()) {
      throw new InvalidRecordException("id", "record.reviewInput.answered", String.valueOf(id),
          input.getRespondedBy());
    }
    ReviewCluster cluster = checkedCluster(input.getCountry(), details);
    LocalDate submittedOn = checkedSubmission(details);
    Map<String, Object> before = input.snapshot();
    input.describe(cluster, details, submittedOn, clock.instant(), actor);
    inputs.saveAndFlush(input);
    audit.updated(RecordType.REVIEW_INPUT, id, input.getCountry(), actor, before, input.snapshot());
    return input;
  }

  /** The government's acknowledgement or response; a later one replaces it, the history keeps both. */
  public ReviewInput respond(long id, long readVersion, String text, CountryScope scope, String actor) {
    ReviewInput input = get(id, scope);
    StaleRecordException.check(RecordType.REVIEW_INPUT, id, readVersion, input.getVersion());
    input.respond(text.strip(), clock.instant(), actor);
    inputs.saveAndFlush(input);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("responseText", input.getResponseText());
    audit.event(RecordType.REVIEW_INPUT, id, input.getCountry(), RESPONDED, actor, response);
    return input;
  }

  /**
   * The cluster the input is on: as given, or the milestone's. A milestone must be one of the
   * country's review calendar, and on the same cluster.
   */
  private ReviewCluster checkedCluster(String country, ReviewInputDetails details) {
    if (details.milestoneId() == null) {
      if (details.reviewCluster() == null) {
        throw new InvalidRecordException("reviewCluster", "record.reviewInput.clusterRequired");
      }
      return details.reviewCluster();
    }
    ReviewMilestone milestone;
    try {
      milestone = calendar.get(details.milestoneId(), CountryScope.of(Set.of(country)));
    } catch (RecordNotFoundException e) {
      throw new InvalidRecordException("milestoneId", "record.reviewInput.unknownMilestone",
          String.valueOf(details.milestoneId()), country);
    }
    if (details.reviewCluster() != null && details.reviewCluster() != milestone.getReviewCluster()) {
      throw new InvalidRecordException("reviewCluster", "record.reviewInput.clusterMismatch",
          details.reviewCluster().name(), String.valueOf(milestone.getId()), milestone.getReviewCluster().name());
    }
    return milestone.getReviewCluster();
  }

  private LocalDate checkedSubmission(ReviewInputDetails details) {
    LocalDate today = LocalDate.now(clock);
    if (details.submittedOn() == null) {
      return today;
    }
    // A day's grace: where the clock is ahead of UTC, "today" is already tomorrow in UTC.
    if (details.submittedOn().isAfter(today.plusDays(1))) {
      throw new InvalidRecordException("submittedOn", "record.reviewInput.submittedInFuture",
          details.submittedOn().toString());
    }
    return details.submittedOn();
  }

  private static Specification<ReviewInput> answered(Boolean answered) {
    return (root, query, cb) -> answered == null ? null
        : answered ? cb.isNotNull(root.get("respondedAt")) : cb.isNull(root.get("respondedAt"));
  }
}
