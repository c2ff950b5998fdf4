package org.unodc.vpi.notification;

import java.util.Locale;

/** Who a mail goes to: a platform user (userId) or an outside participant (userId null). */
public record Recipient(String userId, String email, String name, Locale language) {}
