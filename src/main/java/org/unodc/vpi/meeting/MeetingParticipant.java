package org.unodc.vpi.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Someone invited to a meeting, and whether they came. */
@Embeddable
public class MeetingParticipant {

  @Column(nullable = false)
  private String name;

  private String organisation;

  private String email;

  @Column(nullable = false)
  private boolean invited;

  @Column(nullable = false)
  private boolean attended;

  protected MeetingParticipant() {}

  public MeetingParticipant(String name, String organisation, String email, boolean invited, boolean attended) {
    this.name = name;
    this.organisation = organisation;
    this.email = email;
    this.invited = invited;
    this.attended = attended;
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getEmail() {
    return email;
  }

  public boolean isInvited() {
    return invited;
  }

  public boolean isAttended() {
    return attended;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("organisation", organisation);
    fields.put("email", email);
    fields.put("invited", invited);
    fields.put("attended", attended);
    return fields;
  }
}
