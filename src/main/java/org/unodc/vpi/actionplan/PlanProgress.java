package org.unodc.vpi.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a VPI's action plan stands: each action with its last report, and the whole plan.
 *
 * @param reports the whole-plan reports of the earlier follow-up (civil society's and the government's
 *     part), kept for the record; none are written any more
 */
public record PlanProgress(List<ItemProgress> items, Overall overall, List<ProgressReport> reports) {

  /** One action: its status and percent, and its owners' latest report (null before the first). */
  public record ItemProgress(ActionItem item, boolean overdue, ProgressReport lastReport) {}

  /**
   * The whole plan.
   *
   * @param open actions not yet done or dropped
   * @param overdue open actions whose due date has passed
   * @param averagePercent mean percent complete of the actions not dropped (0 when there are none)
   * @param ended whether every action is done or dropped (also when the plan has none)
   */
  public record Overall(int items, int done, int dropped, int open, int overdue, int averagePercent,
      boolean ended, LocalDate asOf) {}
}
