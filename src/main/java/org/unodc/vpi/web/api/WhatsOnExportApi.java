package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.TableExport;
import org.unodc.vpi.stakeholder.WhatsOnExport;

@Tag(name = "Stakeholders", description = "The stakeholder register of each country")
@RestController
@RequestMapping("/api/stakeholders")
class WhatsOnExportApi {

  private final WhatsOnExport whatsOn;
  private final Clock clock;

  WhatsOnExportApi(WhatsOnExport whatsOn, Clock clock) {
    this.whatsOn = whatsOn;
    this.clock = clock;
  }

  @Operation(summary = "Download a country's stakeholders who agreed to be listed in WhatsOn, as CSV (coordinators)",
      description = "The file UNODC uploads to WhatsOn, its knowledge hub of NGOs, academia and the private "
          + "sector: one row per contact person who agreed to be listed in WhatsOn, with their organisation; "
          + "contacts who did not agree and organisations where nobody agreed are left out. Columns: "
          + "Organisation, Type (NGO, Academia, Private sector, Other), Country (ISO 3166 alpha-3), Website, "
          + "Thematic expertise, Contact name, Contact role, Contact e-mail, Contact language (in English). "
          + "UTF-8 with a byte-order mark, comma-separated (RFC 4180). Cells starting with =, +, -, @, tab or "
          + "carriage return are written with a leading ' so spreadsheets do not run them as formulas. "
          + "403 for anyone but a coordinator; 400 without a country or with an unknown one.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
  @GetMapping("/whatson.csv")
  void exportCsv(
      @Parameter(description = "Three-letter ISO 3166 code of the country, e.g. BRA", required = true)
      @RequestParam(required = false) String country,
      @AuthenticationPrincipal ApiUser user, HttpServletResponse response) throws IOException {
    Access.requireRole(user, "download the WhatsOn list", Roles.COORDINATORS);
    String code = requireCountry(country);
    TableDownload.send(response, WhatsOnExport.TABLE,
        TableExport.paged(page -> whatsOn.page(code, user.scope(), page)), TableDownload.Format.CSV,
        TableDownload.fileName("whatson", code, user.countries(), clock, TableDownload.Format.CSV));
  }

  private static String requireCountry(String country) {
    if (country == null || country.isBlank()) {
      throw new InvalidRecordException("country", "whatson.country.missing");
    }
    String code = country.strip().toUpperCase(Locale.ROOT);
    if (!CountryTenants.isCountryCode(code)) {
      throw new InvalidRecordException("country", "whatson.country.unknown", country.strip());
    }
    return code;
  }
}
