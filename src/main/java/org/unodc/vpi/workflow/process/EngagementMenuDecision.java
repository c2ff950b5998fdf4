package org.unodc.vpi.workflow.process;

import java.util.List;

/**
 * Ids of {@code processes/engagement-menu.dmn}, the "menu of options": which engagement activities a
 * VPI commits to at its collaboration level. The one place they are spelled.
 */
public final class EngagementMenuDecision {

  public static final String KEY = "engagement-menu";

  private EngagementMenuDecision() {}

  /** Inputs: variables of the main process, set when the State's consent is recorded. */
  public static final class Inputs {
    public static final String COLLABORATION_LEVEL = VpiInitiativeProcess.Variables.COLLABORATION_LEVEL;
    public static final String THEMATIC_FOCUS = VpiInitiativeProcess.Variables.THEMATIC_FOCUS;

    private Inputs() {}
  }

  /** The columns of each returned row. */
  public static final class Outputs {
    public static final String ACTIVITY = "activity";
    /** For {@link Activities#WORKING_GROUP_CONSULTATION}: the COP working group, or {@link #ANY_WORKING_GROUP}. */
    public static final String WORKING_GROUP = "workingGroup";
    public static final String ANY_WORKING_GROUP = "any";
    /** How the VPI tracks the activity: {@link #VPI_STEP} or {@link #COMMITMENT}. */
    public static final String TRACKED_AS = "trackedAs";
    /** Carried out by a step of the VPI process itself (planning meetings, priorities, the Alliance). */
    public static final String VPI_STEP = "vpiStep";
    /** Work of its own: an instance of engagement-commitment.bpmn. */
    public static final String COMMITMENT = "commitment";

    private Outputs() {}
  }

  /** The activities the table can return, level by level. */
  public static final class Activities {
    public static final String GOVERNMENT_STAKEHOLDER_MEETING = "governmentStakeholderMeeting";
    public static final String NATIONAL_PRIORITIES = "nationalPriorities";
    public static final String JOINT_RECOMMENDATIONS = "jointRecommendations";
    public static final String NATIONAL_ALLIANCE = "nationalAlliance";
    public static final String WHATS_ON_INCLUSION = "whatsOnInclusion";
    public static final String SELF_ASSESSMENT_CONSULTATION = "selfAssessmentConsultation";
    public static final String WORKING_GROUP_CONSULTATION = "workingGroupConsultation";
    public static final String THEMATIC_TASK_FORCES = "thematicTaskForces";
    public static final String REVIEW_INPUT = "reviewInput";
    public static final String ADVISORY_COUNCIL = "advisoryCouncil";
    public static final String REVMOD_PARTICIPATION = "revmodParticipation";
    public static final String COP_DELEGATION_MEMBERS = "copDelegationMembers";
    public static final String NATIONAL_PROJECTS = "nationalProjects";

    public static final List<String> LEVEL_A = List.of(GOVERNMENT_STAKEHOLDER_MEETING, NATIONAL_PRIORITIES,
        JOINT_RECOMMENDATIONS, NATIONAL_ALLIANCE, WHATS_ON_INCLUSION);
    public static final List<String> LEVEL_B = List.of(SELF_ASSESSMENT_CONSULTATION, WORKING_GROUP_CONSULTATION,
        THEMATIC_TASK_FORCES, REVIEW_INPUT);
    public static final List<String> LEVEL_C = List.of(ADVISORY_COUNCIL, REVMOD_PARTICIPATION,
        COP_DELEGATION_MEMBERS, NATIONAL_PROJECTS);

    private Activities() {}
  }
}
