package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/stakeholder-identification.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class StakeholderIdentificationProcess {

  public static final String KEY = "stakeholder-identification";

  private StakeholderIdentificationProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String USER_TASK_IDENTIFY_STAKEHOLDERS = "userTask_identifyStakeholders";
    public static final String USER_TASK_NOMINATE_FOCAL_POINT = "userTask_nominateFocalPoint";
    public static final String END_EVENT_STAKEHOLDERS_IDENTIFIED = "endEvent_stakeholdersIdentified";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String IDENTIFY_STAKEHOLDERS = "identify-stakeholders";
    public static final String NOMINATE_FOCAL_POINT = "nominate-focal-point";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String STAKEHOLDER_ORGANISATIONS = "stakeholderOrganisations";
    public static final String NGO_COUNT = "ngoCount";
    public static final String ACADEMIA_COUNT = "academiaCount";
    public static final String PRIVATE_SECTOR_COUNT = "privateSectorCount";
    public static final String FOCAL_POINT_NAME = "focalPointName";
    public static final String FOCAL_POINT_ORGANISATION = "focalPointOrganisation";
    public static final String FOCAL_POINT_EMAIL = "focalPointEmail";
    public static final String FOCAL_POINT_PHONE = "focalPointPhone";
    public static final String FOCAL_POINT_LANGUAGE = "focalPointLanguage";

    private Variables() {}
  }

  /**
   * Variables that stay in this step and are not handed back to the VPI: people's contact details.
   * They are recorded in the stakeholder register, which shows them to the government only with the
   * person's consent; in the VPI they would reach every later step, government tasks included.
   */
  public static final class KeptInStep {
    public static final String STAKEHOLDER_ORGANISATIONS = Variables.STAKEHOLDER_ORGANISATIONS;
    public static final String FOCAL_POINT_EMAIL = Variables.FOCAL_POINT_EMAIL;
    public static final String FOCAL_POINT_PHONE = Variables.FOCAL_POINT_PHONE;

    private KeptInStep() {}
  }
}
