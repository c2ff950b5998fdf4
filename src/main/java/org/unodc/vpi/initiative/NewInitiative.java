package org.unodc.vpi.initiative;

import java.time.LocalDate;

/** What the State's consent fixes about a VPI when it is registered. */
public record NewInitiative(
    String country,
    String title,
    String thematicFocus,
    String reviewCluster,
    String collaborationLevel,
    LocalDate consentDate) {}
