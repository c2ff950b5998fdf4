package org.unodc.vpi.notification;

/** One notice inside a daily digest: its subject and plain text, as rendered for the reader. */
public record DigestEntry(String subject, String text) {}
