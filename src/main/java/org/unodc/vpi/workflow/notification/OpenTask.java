package org.unodc.vpi.workflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open user task as coordinators manage it.
 *
 * @param country the task's tenant: the country of its VPI
 * @param reminderAt when the reminder goes out; null once it has
 * @param overdueAt when the coordinators hear it is overdue; null once they have
 */
public record OpenTask(String id, String taskKey, String name, String country, List<String> candidateGroups,
    String assignee, LocalDate dueDate, Instant reminderAt, Instant overdueAt) {}
