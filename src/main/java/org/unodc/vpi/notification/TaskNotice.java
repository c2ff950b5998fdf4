package org.unodc.vpi.notification;

import java.time.LocalDate;

/**
 * A user task, as mails describe it.
 *
 * @param taskKey the task's element id in its BPMN ({@code userTask_identifyStakeholders}): the
 *     templates translate the task's name by it, falling back to {@code taskName}
 * @param waitingFor the role group the task waits for ({@code civilSociety}, ...)
 * @param assignee the user who claimed it, or null
 */
public record TaskNotice(String taskId, String taskKey, String taskName, String vpiTitle, String country,
    LocalDate dueDate, String waitingFor, String assignee) {}
