package org.unodc.vpi.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The links mails carry, from the address users reach the platform at ({@code vpi.platform-url}). */
@Component
public class MailLinks {

  private final String platform;

  public MailLinks(@Value("${vpi.platform-url}") String platform) {
    this.platform = platform.endsWith("/") ? platform.substring(0, platform.length() - 1) : platform;
  }

  public String platform() {
    return platform;
  }

  /** Opens the task in Tasklist (after sign-in). */
  public String task(String taskId) {
    return platform + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** The VPI's process in Cockpit, for coordinators. */
  public String initiative(String processInstanceId) {
    return platform + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }

  /** Where readers change their mail settings: the API operation, documented in the browsable UI. */
  public String preferences() {
    return platform + "/swagger-ui/index.html#/Notification%20preferences";
  }

  /** The one-time page where an invited person chooses a password. */
  public String invitation(String token) {
    return platform + "/account/invitation/" + token;
  }

  /** How coordinators extend a task's due date. */
  public String extendTask() {
    return platform + "/swagger-ui/index.html#/Tasks";
  }
}
