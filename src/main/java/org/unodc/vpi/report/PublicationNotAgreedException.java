package org.unodc.vpi.report;

/** A report may leave its VPI's circle only with the government's recorded consent. */
public class PublicationNotAgreedException extends RuntimeException {

  private final String country;
  private final PublicationConsent consent;

  PublicationNotAgreedException(String country, PublicationConsent consent) {
    super("Publication of the " + country + " results report is not agreed: " + consent);
    this.country = country;
    this.consent = consent;
  }

  public String country() {
    return country;
  }

  public PublicationConsent consent() {
    return consent;
  }
}
