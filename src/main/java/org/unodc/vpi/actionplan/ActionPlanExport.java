package org.unodc.vpi.actionplan;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.unodc.vpi.record.CountryScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.TableExport;
import org.unodc.vpi.record.TableExport.Chunk;

/**
 * The action plans as a table for CSV or xlsx: one row per action, read a page at a time, each page
 * in its own short transaction.
 */
@Service
public class ActionPlanExport {

  /** The columns of the table, in order, as the header line names them. */
  public static final String HEADER =
      "id,initiativeId,country,title,description,owners,startDate,dueDate,status,percentComplete,updatedAt";

  public static final List<String> COLUMNS = List.of(HEADER.split(","));

  public static final TableExport TABLE = new TableExport("Action plan", COLUMNS,
      Set.of("id", "initiativeId", "percentComplete"));

  /** Actions read per page of an export. */
  static final int EXPORT_PAGE = 500;

  private final ActionPlan plan;

  public ActionPlanExport(ActionPlan plan) {
    this.plan = plan;
  }

  /** One page of rows, sorted by VPI, then due date. */
  @Transactional(readOnly = true)
  public Chunk exportPage(ActionItemFilter filter, CountryScope scope, int page) {
    Page<ActionItem> found = plan.list(filter, scope,
        PageRequest.of(page, EXPORT_PAGE, Sort.by("initiativeId", "dueDate", "id")));
    List<List<String>> rows = new ArrayList<>(found.getNumberOfElements());
    for (ActionItem item : found) {
      rows.add(row(item));
    }
    return new Chunk(rows, !found.hasNext());
  }

  /** An action's row in the order of {@link #COLUMNS}: owners joined with "; ", dates ISO 8601. */
  public static List<String> row(ActionItem i) {
    return List.of(String.valueOf(i.getId()), String.valueOf(i.getInitiativeId()), text(i.getCountry()),
        text(i.getTitle()), text(i.getDescription()),
        i.getOwners().stream().map(ActionItemOwner::getName).collect(Collectors.joining("; ")),
        i.getStartDate() == null ? "" : i.getStartDate().toString(),
        i.getDueDate() == null ? "" : i.getDueDate().toString(),
        i.getStatus() == null ? "" : i.getStatus().name(), String.valueOf(i.getPercentComplete()),
        i.getUpdatedAt() == null ? "" : i.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
