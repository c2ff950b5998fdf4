package org.unodc.vpi.report;

import java.time.Instant;

/** What anyone may read of a published results report: nothing of its drafting or comments. */
public record PublishedReport(long initiativeId, String country, String title, String summary, String documentLink,
    Instant publishedAt) {}
