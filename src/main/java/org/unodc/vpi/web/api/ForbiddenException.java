package org.unodc.vpi.web.api;

/** The signed-in user's role does not allow this action; the message names the action. */
class ForbiddenException extends RuntimeException {

  ForbiddenException(String action) {
    super(action);
  }
}
