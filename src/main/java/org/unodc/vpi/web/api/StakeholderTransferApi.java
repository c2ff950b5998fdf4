package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.TableExport;
import org.unodc.vpi.stakeholder.OrganisationType;
import org.unodc.vpi.stakeholder.StakeholderCsv;
import org.unodc.vpi.stakeholder.StakeholderFilter;
import org.unodc.vpi.stakeholder.StakeholderTransfer;

@Tag(name = "Stakeholders", description = "The stakeholder register of each country")
@RestController
@RequestMapping("/api/stakeholders")
class StakeholderTransferApi {

  private static final String COLUMNS = StakeholderCsv.HEADER;

  /** One line of the file that was not imported, and why, in the reader's language. */
  record RejectedLine(int line, String reason) {}

  /** What an import did. */
  record ImportView(int added, int updated, List<RejectedLine> rejected) {}

  private final StakeholderTransfer transfer;
  private final InitiativeRegister initiatives;
  private final MessageSource messages;
  private final Clock clock;

  StakeholderTransferApi(StakeholderTransfer transfer, InitiativeRegister initiatives, MessageSource messages,
      Clock clock) {
    this.transfer = transfer;
    this.initiatives = initiatives;
    this.messages = messages;
    this.clock = clock;
  }

  @Operation(summary = "Download organisations of your countries as CSV",
      description = "Same filters as the list; every matching organisation, one row per contact person, columns "
          + COLUMNS + ". UTF-8 with a byte-order mark, comma-separated. A government reader gets a contact's "
          + "e-mail and phone only if the person agreed to share them with the government. Cells starting with "
          + "=, +, -, @ are written with a leading ' so spreadsheets do not run them as formulas (an import "
          + "takes it off again). Excel set up for a decimal comma expects semicolons: use export.xlsx there.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
  @GetMapping("/export.csv")
  void exportCsv(@RequestParam(required = false) String country,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) String name, @AuthenticationPrincipal ApiUser user,
      HttpServletResponse response) throws IOException {
    export(new StakeholderFilter(country, type, initiativeId, name), user, response, TableDownload.Format.CSV);
  }

  @Operation(summary = "Download organisations of your countries as an Excel workbook (xlsx)",
      description = "The same rows and columns as the CSV download, on one sheet with a frozen header row.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = TableDownload.XLSX)))
  @GetMapping("/export.xlsx")
  void exportXlsx(@RequestParam(required = false) String country,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) String name, @AuthenticationPrincipal ApiUser user,
      HttpServletResponse response) throws IOException {
    export(new StakeholderFilter(country, type, initiativeId, name), user, response, TableDownload.Format.XLSX);
  }

  private void export(StakeholderFilter filter, ApiUser user, HttpServletResponse response,
      TableDownload.Format format) throws IOException {
    boolean hide = user.isGovernmentOnly();
    TableDownload.send(response, StakeholderTransfer.TABLE,
        TableExport.paged(page -> transfer.exportPage(filter, user.scope(), hide, page)), format,
        TableDownload.fileName("stakeholders", filter.country(), user.countries(), clock, format));
  }

  @Operation(summary = "Import organisations from a CSV file (coordinators, civil society)",
      description = "Send the file as the multipart field \"file\", or as the request body with Content-Type "
          + "text/csv. UTF-8 (a byte-order mark is fine), comma or semicolon separated, at most 5,000 lines and "
          + "5 MB. The first line names the columns, in any order: name and type are required; " + COLUMNS
          + " are read, others ignored. One line per contact person; lines with the same organisation name "
          + "make one organisation. An organisation already registered keeps its entry and gains the "
          + "contacts it did not have. Lines that cannot be read are listed in \"rejected\" with the reason; "
          + "the others are stored. A file that is not such a CSV table is refused whole (400).",
      requestBody = @RequestBody(content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
          @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(type = "object", requiredProperties = "file"))}))
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportView importFile(
      @Parameter(description = "Three-letter code of the country whose register to add to, e.g. BRA")
      @RequestParam(required = false) String country,
      @Parameter(description = "The VPI the organisations were identified for, if any")
      @RequestParam(required = false) Long initiativeId,
      @RequestPart(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal ApiUser user)
      throws IOException {
    checkMayImport(user, country, initiativeId);
    if (file == null) {
      throw new InvalidRecordException(StakeholderCsv.FIELD, "import.file.missing");
    }
    if (file.getSize() > StakeholderCsv.MAX_BYTES) {
      throw new InvalidRecordException(StakeholderCsv.FIELD, "import.file.tooLarge",
          StakeholderCsv.MAX_BYTES / (1024 * 1024));
    }
    return importBytes(country, initiativeId, file.getBytes(), user);
  }

  @Operation(hidden = true)
  @PostMapping(path = "/import")
  ImportView importBody(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @AuthenticationPrincipal ApiUser user,
      HttpServletRequest request) throws IOException {
    checkMayImport(user, country, initiativeId);
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      // The servlet container has already read such a body as form fields, mangling the file.
      throw new InvalidRecordException(StakeholderCsv.FIELD, "import.file.formEncoded");
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(StakeholderCsv.MAX_BYTES + 1);
    }
    if (body.length == 0) {
      throw new InvalidRecordException(StakeholderCsv.FIELD, "import.file.missing");
    }
    return importBytes(country, initiativeId, body, user);
  }

  private void checkMayImport(ApiUser user, String country, Long initiativeId) {
    Access.requireRole(user, "import stakeholder organisations", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    if (country == null || country.isBlank()) {
      throw new InvalidRecordException("country", "import.country.missing");
    }
    Access.requireCountry(user, country);
    if (initiativeId != null && !country.equals(Access.countryOfInitiative(initiatives, initiativeId, user))) {
      throw new InvalidRecordException("initiativeId", "record.initiative.unknown", initiativeId);
    }
  }

  private ImportView importBytes(String country, Long initiativeId, byte[] file, ApiUser user) {
    StakeholderTransfer.ImportResult result = transfer.importCsv(country, initiativeId, file, user.id());
    return new ImportView(result.added(), result.updated(), result.rejected().stream()
        .map(r -> new RejectedLine(r.line(), messages.getMessage(r.messageKey(), r.arguments(),
            LocaleContextHolder.getLocale())))
        .toList());
  }
}
