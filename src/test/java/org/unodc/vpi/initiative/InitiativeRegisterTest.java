package org.unodc.vpi.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.unodc.vpi.record.CountryScope;

/** The register against the schema Flyway builds on an empty database. */
@DataJpaTest
class InitiativeRegisterTest {

  @Autowired InitiativeRepository initiatives;

  private InitiativeRegister register() {
    return new InitiativeRegister(initiatives, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void shouldGiveEachInitiativeItsOwnReferenceNamingCountryAndYear() {
    InitiativeRegister register = register();

    RegisteredInitiative first = register.register(initiative("BRA"));
    RegisteredInitiative second = register.register(initiative("BRA"));
    RegisteredInitiative other = register.register(initiative("MOZ"));

    assertThat(first.reference()).isEqualTo("VPI-BRA-2026-" + first.id());
    assertThat(second.reference()).isEqualTo("VPI-BRA-2026-" + second.id()).isNotEqualTo(first.reference());
    assertThat(other.reference()).isEqualTo("VPI-MOZ-2026-" + other.id());
    assertThat(register.statusOf(first.id())).isEqualTo("OPEN");
  }

  @Test
  void shouldCloseAnInitiativeAndRefuseAnUnknownOne() {
    InitiativeRegister register = register();
    RegisteredInitiative vpi = register.register(initiative("BRA"));

    register.close(vpi.id());

    assertThat(register.statusOf(vpi.id())).isEqualTo("CLOSED");
    assertThatThrownBy(() -> register.close(999_999)).hasMessageContaining("initiative 999999 not found");
  }

  private static NewInitiative initiative(String country) {
    return new NewInitiative(country, "VPI " + country, "traffickingInPersons", "cluster1", "B",
        LocalDate.parse("2026-10-01"));
  }

  @Test
  void shouldKeepWhenEachStepStartedAndEndedOnce() {
    InitiativeRegister register = register();
    RegisteredInitiative vpi = register.register(initiative("BRA"));

    register.stepStarted(vpi.id(), "priorityReview");
    register.stepStarted(vpi.id(), "priorityReview");
    register.stepCompleted(vpi.id(), "priorityReview");
    initiatives.flush();

    Initiative stored = register.get(vpi.id(), CountryScope.of(Set.of("BRA")));
    assertThat(stored.getSteps()).singleElement().satisfies(step -> {
      assertThat(step.getStep()).isEqualTo("priorityReview");
      assertThat(step.getStartedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
      assertThat(step.getCompletedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    });
    assertThatThrownBy(() -> register.get(vpi.id(), CountryScope.of(Set.of("MOZ"))))
        .hasMessageContaining("not found");
  }
}
