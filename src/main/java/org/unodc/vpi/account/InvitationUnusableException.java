package org.unodc.vpi.account;

import java.util.Locale;

/** An invitation link that cannot (or can no longer) be used, and why. */
public class InvitationUnusableException extends RuntimeException {

  /** Why a link does not work; each reason has its own message for the person holding it. */
  public enum Reason { UNKNOWN, EXPIRED, ACCEPTED, WITHDRAWN }

  private final Reason reason;
  private final Locale language;

  InvitationUnusableException(Reason reason, Locale language) {
    super("Invitation link not usable: " + reason);
    this.reason = reason;
    this.language = language;
  }

  /** For a link that another, simultaneous request has just used. */
  public static InvitationUnusableException alreadyAccepted(Locale language) {
    return new InvitationUnusableException(Reason.ACCEPTED, language);
  }

  public Reason reason() {
    return reason;
  }

  /** The language the person was invited in; null for an unknown link. */
  public Locale language() {
    return language;
  }
}
