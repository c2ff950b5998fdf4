package org.unodc.vpi.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.unodc.vpi.stakeholder.OrganisationType;
import org.unodc.vpi.stakeholder.StakeholderContact;
import org.unodc.vpi.stakeholder.StakeholderDetails;

/** A stakeholder organisation as a client sends it; {@code version} is required to update. */
public record StakeholderRequest(
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{vpi.country.format}") String country,
    Long initiativeId,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @Size(max = 500) String thematicExpertise,
    @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{vpi.website.format}") String website,
    @Valid @Size(max = 50) List<Contact> contacts,
    @PositiveOrZero Long version) {

  /** A contact person and their two consents. */
  public record Contact(
      @NotBlank @Size(max = 150) String name,
      @Size(max = 150) String role,
      @Email @Size(max = 254) String email,
      @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{6,40}", message = "{vpi.phone.format}") String phone,
      @Pattern(regexp = "en|fr|es|pt|ar|ru|zh", message = "{vpi.language.format}") String preferredLanguage,
      boolean listedInWhatsOn,
      boolean sharedWithGovernment) {}

  StakeholderDetails details() {
    return new StakeholderDetails(name, type, thematicExpertise, website, contacts == null ? List.of()
        : contacts.stream().map(c -> new StakeholderContact(c.name(), c.role(), c.email(), c.phone(),
            c.preferredLanguage(), c.listedInWhatsOn(), c.sharedWithGovernment())).toList());
  }
}
