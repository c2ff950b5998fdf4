package org.unodc.vpi.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact person of a stakeholder organisation, with the two consents the person gave: to be
 * listed in UNODC's WhatsOn, and to have their contact details shared with the government.
 */
@Embeddable
public class StakeholderContact {

  @Column(nullable = false)
  private String name;

  private String role;

  private String email;

  private String phone;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Column(name = "listed_in_whats_on", nullable = false)
  private boolean listedInWhatsOn;

  @Column(name = "shared_with_government", nullable = false)
  private boolean sharedWithGovernment;

  protected StakeholderContact() {}

  public StakeholderContact(String name, String role, String email, String phone,
      String preferredLanguage, boolean listedInWhatsOn, boolean sharedWithGovernment) {
    this.name = name;
    this.role = role;
    this.email = email;
    this.phone = phone;
    this.preferredLanguage = preferredLanguage;
    this.listedInWhatsOn = listedInWhatsOn;
    this.sharedWithGovernment = sharedWithGovernment;
  }

  public String getName() {
    return name;
  }

  public String getRole() {
    return role;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public boolean isListedInWhatsOn() {
    return listedInWhatsOn;
  }

  public boolean isSharedWithGovernment() {
    return sharedWithGovernment;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("role", role);
    fields.put("email", email);
    fields.put("phone", phone);
    fields.put("preferredLanguage", preferredLanguage);
    fields.put("listedInWhatsOn", listedInWhatsOn);
    fields.put("sharedWithGovernment", sharedWithGovernment);
    return fields;
  }
}
