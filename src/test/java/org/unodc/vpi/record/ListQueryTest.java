package org.unodc.vpi.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class ListQueryTest {

  @Test
  void columnsFixedByAFilterLeadTheRequestedOrder() {
    Pageable asked = PageRequest.of(3, 20, Sort.by(Sort.Order.desc("dueDate")));

    Pageable page = ListQuery.visibleIn(CountryScope.everyCountry())
        .equalTo("country", "BRA").equalTo("initiativeId", null).equalTo("status", "DONE").page(asked);

    assertThat(page.getPageNumber()).isEqualTo(3);
    assertThat(page.getPageSize()).isEqualTo(20);
    assertThat(page.getSort()).containsExactly(Sort.Order.asc("country"), Sort.Order.asc("status"),
        Sort.Order.desc("dueDate"));
  }

  @Test
  void anOrderTheReaderAskedForIsKeptAsAsked() {
    Pageable asked = PageRequest.of(0, 20, Sort.by(Sort.Order.desc("status"), Sort.Order.asc("title")));

    Pageable page = ListQuery.visibleIn(CountryScope.everyCountry()).equalTo("status", "DONE").page(asked);

    assertThat(page.getSort()).containsExactly(Sort.Order.desc("status"), Sort.Order.asc("title"));
  }

  @Test
  void anUnsortedPageStaysUnsorted() {
    Pageable asked = PageRequest.of(0, 20);

    assertThat(ListQuery.visibleIn(CountryScope.everyCountry()).equalTo("status", "DONE").page(asked))
        .isEqualTo(asked);
  }

  @Test
  void aScopeOfSomeCountriesHidesTheOthersRecordsAsNotFound() {
    CountryScope brazil = CountryScope.of(Set.of("BRA"));

    assertThat(brazil.includes("BRA")).isTrue();
    assertThat(brazil.includes("MOZ")).isFalse();
    assertThat(brazil.includes(null)).isFalse();
    assertThat(brazil.visible(Optional.of("BRA record"), r -> "BRA", RecordType.PRIORITY, 7)).isEqualTo("BRA record");
    assertThatThrownBy(() -> brazil.visible(Optional.of("MOZ record"), r -> "MOZ", RecordType.PRIORITY, 7))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(CountryScope.everyCountry().includes("MOZ")).isTrue();
  }
}
