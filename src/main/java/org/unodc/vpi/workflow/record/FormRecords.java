package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the records a process's forms are about when their task completes: one implementation
 * per process, mapping each of its form keys to what that form records. Runs in the task's
 * transaction, after the form's validation, so a refused form stores nothing.
 */
public interface FormRecords {

  Map<String, Consumer<FormTask>> byForm();
}
