package org.unodc.vpi.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The members of each VPI's Advisory Council (level C) and their mandates: civil-society seats
 * filled through a public call, government seats by appointment, two-year mandates renewable once.
 * Every change is audited.
 */
@Service
@Transactional
public class AdvisoryCouncil {

  /** The audit action of a renewal; its entry gives the new term and end. */
  public static final String RENEWED = "renewed";

  private final CouncilMemberRepository members;
  private final AuditTrail audit;
  private final Clock clock;

  public AdvisoryCouncil(CouncilMemberRepository members, AuditTrail audit, Clock clock) {
    this.members = members;
    this.audit = audit;
    this.clock = clock;
  }

  /** Today, by the platform's clock: what mandate statuses are judged on. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public Page<CouncilMember> list(CouncilMemberFilter filter, CountryScope scope, Pageable page) {
    ListQuery<CouncilMember> query = ListQuery.<CouncilMember>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("initiativeId", filter.initiativeId())
        .equalTo("seat", filter.seat()).and(status(filter.status(), today()));
    return members.findAll(query.where(), query.page(page));
  }

  /**
   * The members whose mandate ends within the next {@code days} days (after today, up to and
   * including today + days): their seat is due for a renewal or, after a second term, for a new
   * member.
   */
  @Transactional(readOnly = true)
  public Page<CouncilMember> dueForRenewal(String country, Long initiativeId, int days, CountryScope scope,
      Pageable page) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be positive, not " + days);
    }
    LocalDate today = today();
    LocalDate until = today.plusDays(days);
    ListQuery<CouncilMember> query = ListQuery.<CouncilMember>visibleIn(scope)
        .equalTo("country", country).equalTo("initiativeId", initiativeId)
        .and((root, q, cb) -> cb.and(cb.greaterThan(root.get("mandateEnd"), today),
            cb.lessThanOrEqualTo(root.get("mandateEnd"), until)));
    return members.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public CouncilMember get(long id, CountryScope scope) {
    return scope.visible(members.findById(id), CouncilMember::getCountry, RecordType.COUNCIL_MEMBER, id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.COUNCIL_MEMBER, id);
  }

  /** A new member of the council of VPI {@code initiativeId}, in their first term. */
  public CouncilMember add(String country, long initiativeId, CouncilMemberDetails details, String actor) {
    check(details);
    CouncilMember member = new CouncilMember(country, initiativeId, clock.instant(), actor);
    member.describe(details, clock.instant(), actor);
    members.saveAndFlush(member);
    audit.created(RecordType.COUNCIL_MEMBER, member.getId(), country, actor, member.snapshot());
    return member;
  }

  /** Corrects what is said about a member; a renewed mandate stays renewed, its end moves with its start. */
  public CouncilMember update(long id, long readVersion, CouncilMemberDetails details, CountryScope scope,
      String actor) {
    CouncilMember member = get(id, scope);
    StaleRecordException.check(RecordType.COUNCIL_MEMBER, id, readVersion, member.getVersion());
    check(details);
    Map<String, Object> before = member.snapshot();
    member.describe(details, clock.instant(), actor);
    members.saveAndFlush(member);
    audit.updated(RecordType.COUNCIL_MEMBER, id, member.getCountry(), actor, before, member.snapshot());
    return member;
  }

  /**
   * Renews the member's mandate for a second two-year term, right after the first.
   *
   * @throws InvalidRecordException on field {@code term} if it was renewed before
   */
  public CouncilMember renew(long id, long readVersion, CountryScope scope, String actor) {
    CouncilMember member = get(id, scope);
    StaleRecordException.check(RecordType.COUNCIL_MEMBER, id, readVersion, member.getVersion());
    member.renew(clock.instant(), actor);
    members.saveAndFlush(member);
    Map<String, Object> snapshot = member.snapshot();
    audit.event(RecordType.COUNCIL_MEMBER, id, member.getCountry(), RENEWED, actor,
        Map.of("term", snapshot.get("term"), "mandateEnd", snapshot.get("mandateEnd")));
    return member;
  }

  /**
   * A civil-society seat is filled through a public call, whose reference and date (not after the
   * mandate's start) are required; a government seat is appointed and has no call.
   */
  static void check(CouncilMemberDetails details) {
    Objects.requireNonNull(details.memberName(), "memberName");
    Objects.requireNonNull(details.organisation(), "organisation");
    Objects.requireNonNull(details.seat(), "seat");
    Objects.requireNonNull(details.mandateStart(), "mandateStart");
    Seat seat = details.seat();
    List<InvalidRecordException.Problem> problems = new ArrayList<>();
    if (details.selection() != null && details.selection() != seat.selection()) {
      problems.add(new InvalidRecordException.Problem("selection", "record.councilMember.selectionForSeat",
          seat.name(), seat.selection().name()));
    }
    if (seat == Seat.CIVIL_SOCIETY) {
      if (details.publicCallReference() == null) {
        problems.add(new InvalidRecordException.Problem("publicCallReference",
            "record.councilMember.publicCallRequired"));
      }
      if (details.publicCallDate() == null) {
        problems.add(new InvalidRecordException.Problem("publicCallDate",
            "record.councilMember.publicCallDateRequired"));
      } else if (details.publicCallDate().isAfter(details.mandateStart())) {
        problems.add(new InvalidRecordException.Problem("publicCallDate",
            "record.councilMember.publicCallAfterStart", details.publicCallDate().toString(),
            details.mandateStart().toString()));
      }
    } else {
      if (details.publicCallReference() != null) {
        problems.add(new InvalidRecordException.Problem("publicCallReference",
            "record.councilMember.publicCallForbidden", seat.name()));
      }
      if (details.publicCallDate() != null) {
        problems.add(new InvalidRecordException.Problem("publicCallDate",
            "record.councilMember.publicCallForbidden", seat.name()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
  }

  /** Members whose mandate stands so today; no condition for a null status. */
  private static Specification<CouncilMember> status(MandateStatus status, LocalDate today) {
    if (status == null) {
      return null;
    }
    return (root, q, cb) -> switch (status) {
      case UPCOMING -> cb.greaterThan(root.get("mandateStart"), today);
      case CURRENT -> cb.and(cb.lessThanOrEqualTo(root.get("mandateStart"), today),
          cb.greaterThan(root.get("mandateEnd"), today));
      case FORMER -> cb.lessThanOrEqualTo(root.get("mandateEnd"), today);
    };
  }
}
