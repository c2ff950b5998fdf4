package org.unodc.vpi.account;

/** No account with this user id (or none a coordinator may manage). */
public class UnknownAccountException extends RuntimeException {

  private final String userId;

  UnknownAccountException(String userId) {
    super("No account " + userId);
    this.userId = userId;
  }

  public String userId() {
    return userId;
  }
}
