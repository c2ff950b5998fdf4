package org.unodc.vpi.notification;

/**
 * A step of a VPI that has just completed.
 *
 * @param stepKey the call activity's element id in vpi-initiative ({@code callActivity_...}): the
 *     templates translate the step's name by it, falling back to {@code stepName}
 */
public record StepNotice(long initiativeId, String processInstanceId, String stepKey, String stepName,
    String vpiTitle, String country) {}
