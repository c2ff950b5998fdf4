package org.unodc.vpi.account;

import java.time.Instant;

/** What the coordinator learns of an invitation sent: the account it will create and until when the link works. */
public record SentInvitation(long id, String userId, String email, String country, String role, Instant expiresAt) {

  static SentInvitation of(AccountInvitation invitation) {
    return new SentInvitation(invitation.getId(), invitation.getUserId(), invitation.getEmail(),
        invitation.getCountry(), invitation.getRole(), invitation.getExpiresAt());
  }
}
