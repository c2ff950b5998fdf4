package org.unodc.vpi.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.vpi.record.InvalidRecordException;

/** An action ends done or dropped with a reason, and stays ended whatever a later report says. */
class ActionItemTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void shouldKeepItsStatusWhenAChangeDoesNotSayIt() {
    ActionItem item = item(ActionItemStatus.DONE, 100);

    item.describe(details("Train judges in two regions", null, 100), NOW);

    assertThat(item.getStatus()).isEqualTo(ActionItemStatus.DONE);
    assertThat(item.getTitle()).isEqualTo("Train judges in two regions");
  }

  @Test
  void shouldBePlannedWhenAddedWithoutAStatus() {
    assertThat(item(null, 0).getStatus()).isEqualTo(ActionItemStatus.PLANNED);
  }

  @Test
  void shouldRefuseToBeDroppedWithoutAReason() {
    ActionItem item = item(ActionItemStatus.IN_PROGRESS, 40);

    assertThatThrownBy(() -> item.describe(details("Train judges", ActionItemStatus.CANCELLED, 40), NOW))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("dropReason");
              assertThat(p.messageKey()).isEqualTo("record.actionItem.dropNeedsReason");
            }));
    assertThat(item.getStatus()).as("unchanged").isEqualTo(ActionItemStatus.IN_PROGRESS);
  }

  @Test
  void shouldStayDoneWhenItsOwnersReportThatItGoesOn() {
    ActionItem item = item(ActionItemStatus.DONE, 100);

    item.followUp(40, ActionItemDecision.CONTINUE, null, NOW);

    assertThat(item.getStatus()).isEqualTo(ActionItemStatus.DONE);
    assertThat(item.getPercentComplete()).isEqualTo(100);
  }

  @Test
  void shouldStayDroppedWhenItsOwnersReportItDone() {
    ActionItem item = item(ActionItemStatus.IN_PROGRESS, 40);
    item.followUp(40, ActionItemDecision.DROPPED, "Merged into the national strategy", NOW);

    item.followUp(100, ActionItemDecision.DONE, null, NOW);

    assertThat(item.getStatus()).isEqualTo(ActionItemStatus.CANCELLED);
    assertThat(item.getDropReason()).isEqualTo("Merged into the national strategy");
  }

  @Test
  void shouldStayDoneWhenALaterProgressReportSaysLess() {
    ActionItem item = item(ActionItemStatus.DONE, 100);

    item.progress(40, NOW);

    assertThat(item.getStatus()).isEqualTo(ActionItemStatus.DONE);
    assertThat(item.getPercentComplete()).isEqualTo(100);
  }

  private static ActionItem item(ActionItemStatus status, int percent) {
    ActionItem item = new ActionItem("BRA", 7L, NOW);
    item.describe(details("Train judges", status, percent), NOW);
    return item;
  }

  private static ActionItemDetails details(String title, ActionItemStatus status, int percent) {
    return new ActionItemDetails(title, null, List.of(), null, LocalDate.of(2027, 12, 31), status, percent);
  }
}
