package org.unodc.vpi.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import jakarta.persistence.EntityManager;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** Priorities on the Flyway schema: revisions and decisions are kept, and every change is audited. */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({PriorityBook.class, AuditTrail.class, InitiativeRegister.class})
class PriorityBookTest {

  @Autowired PriorityBook priorities;
  @Autowired InitiativeRegister initiatives;
  @Autowired AuditTrail audit;
  @Autowired EntityManager entityManager;

  @Test
  void shouldKeepEveryRevisionAndDecisionOfTheFormsRoundTrips() {
    long vpi = vpi("BRA");
    priorities.proposeAll("BRA", vpi, List.of("Victim support", "Consultation"), null, "csobra");
    priorities.decideAll(vpi, PriorityStatus.RETURNED, "Name who does what.", "govbra");
    priorities.proposeAll("BRA", vpi, List.of("Victim support by NGOs"), "Merged the two", "csobra");
    priorities.decideAll(vpi, PriorityStatus.APPROVED, null, "govbra");
    entityManager.flush();
    entityManager.clear();

    List<Priority> stored = priorities.list(new PriorityFilter(null, vpi, null), CountryScope.of(Set.of("BRA")), Pageable.unpaged())
        .getContent();

    assertThat(stored).extracting(Priority::getText, Priority::getStatus).containsExactly(
        tuple("Victim support by NGOs", PriorityStatus.APPROVED), tuple("Consultation", PriorityStatus.WITHDRAWN));
    Priority first = stored.get(0);
    assertThat(first.getRevisions()).extracting(PriorityRevision::getRevision, PriorityRevision::getText,
        PriorityRevision::getAuthor).containsExactly(tuple(1, "Victim support", "csobra"),
        tuple(2, "Victim support by NGOs", "csobra"));
    assertThat(first.getComments()).extracting(PriorityComment::getDecision, PriorityComment::getComment)
        .containsExactly(tuple(PriorityStatus.RETURNED, "Name who does what."), tuple(PriorityStatus.APPROVED, null));
    assertThat(audit.historyOf(RecordType.PRIORITY, first.getId())).extracting(e -> e.getChangedBy())
        .containsExactly("csobra", "govbra", "csobra", "govbra");
    assertThat(priorities.list(new PriorityFilter(null, vpi, null), CountryScope.of(Set.of("MOZ")), Pageable.unpaged())).isEmpty();
  }

  @Test
  void shouldRefuseAReturnWithoutCommentAndAStaleVersion() {
    long vpi = vpi("BRA");
    Priority priority = priorities.propose("BRA", vpi, "Protect witnesses", null, Set.of(), "csobra");
    entityManager.flush();

    assertThatThrownBy(() -> priorities.decide(priority.getId(), 0, PriorityStatus.RETURNED, " ", CountryScope.of(Set.of("BRA")), "govbra"))
        .isInstanceOf(InvalidRecordException.class);
    priorities.decide(priority.getId(), 0, PriorityStatus.APPROVED, null, CountryScope.of(Set.of("BRA")), "govbra");
    entityManager.flush();
    assertThatThrownBy(() -> priorities.update(priority.getId(), 0, "Other text", null, null, Set.of(), CountryScope.of(Set.of("BRA")),
        "csobra")).isInstanceOf(StaleRecordException.class);
    assertThat(priorities.get(priority.getId(), CountryScope.of(Set.of("BRA"))).getRevisions()).hasSize(1);
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "VPI " + country, "other", "cluster1", "A",
        LocalDate.parse("2026-10-01"))).id();
  }
}
