package org.unodc.vpi.resilience;

import java.util.List;
import java.util.Map;

/**
 * The first steps of a VPI in Brazil, in order, each by the user whose task it is, with a form
 * that passes (as in VpiEndToEndIT) and one field of it to look for afterwards.
 */
final class VpiSteps {

  record Step(String user, String taskKey, Map<String, Object> form, String recordedField) {}

  private VpiSteps() {}

  /** The start form of VPI number {@code n}. */
  static Map<String, Object> start(String runId, int n) {
    return Map.of("country", "BRA", "vpiTitle", "Crash drill " + runId + " VPI " + n);
  }

  /** The steps of VPI number {@code n}: its stakeholders are its own, so VPIs never name the same organisation. */
  static List<Step> of(String runId, int n) {
    String alfa = "Instituto Alfa " + runId + "-" + n;
    return List.of(
        new Step("coordinator", "userTask_recordStateConsent", Map.of("consentDecision", "given",
            "consentDate", "2026-10-01", "consentReference", "Note verbale " + n, "thematicFocus",
            "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "A"), "consentReference"),
        new Step("coordinator", "userTask_identifyStakeholders", Map.of("stakeholderOrganisations",
            alfa + "; NGO; info" + n + "@alfa.example", "ngoCount", 1, "academiaCount", 0,
            "privateSectorCount", 0), "ngoCount"),
        new Step("csobra", "userTask_nominateFocalPoint", Map.of("focalPointName", "Camila Souza",
            "focalPointOrganisation", alfa, "focalPointEmail", "camila" + n + "@alfa.example",
            "focalPointLanguage", "pt"), "focalPointName"),
        new Step("coordinator", "userTask_scheduleGovernmentPlanningMeeting", Map.of(
            "governmentMeetingDate", "2026-11-10", "governmentMeetingVenue", "Ministry of Justice " + n),
            "governmentMeetingVenue"),
        new Step("govbra", "userTask_shareEntryPoints", Map.of("governmentFocalPointName", "Gustavo Lima",
            "governmentFocalPointEmail", "gustavo" + n + "@justica.example",
            "entryPoints", "National consultations " + n), "entryPoints"),
        new Step("coordinator", "userTask_recordGovernmentMeetingOutcome", Map.of(
            "governmentMeetingHeldOn", "2026-11-10", "governmentMeetingMinutes", "Entry points agreed " + n),
            "governmentMeetingMinutes"),
        new Step("coordinator", "userTask_scheduleStakeholderPlanningMeeting", Map.of(
            "stakeholderMeetingDate", "2026-11-20", "stakeholderMeetingVenue", "https://meet.example/vpi-" + n),
            "stakeholderMeetingVenue"),
        new Step("csobra", "userTask_proposePriorities", Map.of(
            "priorities", "1. Victim support " + n, "stakeholderMeetingAttendance", 25), "priorities"));
  }

  /** The task that follows the last step. */
  static final String AFTER_LAST = "userTask_reviewPriorities";
}
