package org.unodc.vpi.notification;

/** A mail as its recipient reads it: subject, plain text and HTML, in one language. */
public record RenderedMail(String subject, String text, String html) {}
