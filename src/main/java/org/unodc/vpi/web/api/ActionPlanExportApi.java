package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.actionplan.ActionItemFilter;
import org.unodc.vpi.actionplan.ActionItemStatus;
import org.unodc.vpi.actionplan.ActionPlanExport;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.record.TableExport;

@Tag(name = "Action items", description = "The action plans of the VPIs and the progress reported on them")
@RestController
@RequestMapping("/api/action-items")
class ActionPlanExportApi {

  private static final String COLUMNS = ActionPlanExport.HEADER;

  private final ActionPlanExport export;
  private final Clock clock;

  ActionPlanExportApi(ActionPlanExport export, Clock clock) {
    this.export = export;
    this.clock = clock;
  }

  @Operation(summary = "Download the action items of your countries as CSV",
      description = "Filters are optional; every matching action, sorted by VPI and due date. Columns " + COLUMNS
          + "; owners separated by \"; \", dates as YYYY-MM-DD, updatedAt in UTC. UTF-8 with a byte-order mark, "
          + "comma-separated. Cells starting with =, +, -, @ are written with a leading ' so spreadsheets do not "
          + "run them as formulas.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
  @GetMapping("/export.csv")
  void exportCsv(@RequestParam(required = false) String country, @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) ActionItemStatus status, @AuthenticationPrincipal ApiUser user,
      HttpServletResponse response) throws IOException {
    send(country, initiativeId, status, user, response, TableDownload.Format.CSV);
  }

  @Operation(summary = "Download the action items of your countries as an Excel workbook (xlsx)",
      description = "The same rows and columns as the CSV download, on one sheet with a frozen header row.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = TableDownload.XLSX)))
  @GetMapping("/export.xlsx")
  void exportXlsx(@RequestParam(required = false) String country, @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) ActionItemStatus status, @AuthenticationPrincipal ApiUser user,
      HttpServletResponse response) throws IOException {
    send(country, initiativeId, status, user, response, TableDownload.Format.XLSX);
  }

  private void send(String country, Long initiativeId, ActionItemStatus status, ApiUser user,
      HttpServletResponse response, TableDownload.Format format) throws IOException {
    ActionItemFilter filter = new ActionItemFilter(country, initiativeId, status, null);
    TableDownload.send(response, ActionPlanExport.TABLE,
        TableExport.paged(page -> export.exportPage(filter, user.scope(), page)), format,
        TableDownload.fileName("action-plan", country, user.countries(), clock, format));
  }
}
