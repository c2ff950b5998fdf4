package org.unodc.vpi.account;

import java.util.Locale;

/**
 * Whom a coordinator invites, into which country (ISO 3166 alpha-3) and role, and the language of
 * the invitation. {@code userId} may be null: one is then made from the e-mail address.
 */
public record NewInvitation(String email, String firstName, String lastName, String country, String role,
    Locale language, String userId) {}
