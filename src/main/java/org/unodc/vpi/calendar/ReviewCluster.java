package org.unodc.vpi.calendar;

/**
 * The thematic clusters of the UNTOC Review Mechanism, spelled as the State-consent form's values
 * (forms/record-state-consent.form).
 */
public enum ReviewCluster {
  /** Criminalization and jurisdiction. */
  cluster1,
  /** Prevention, technical assistance, protection measures. */
  cluster2,
  /** Law enforcement and the judicial system. */
  cluster3,
  /** International cooperation, mutual legal assistance, confiscation, extradition. */
  cluster4
}
