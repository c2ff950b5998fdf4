package org.unodc.vpi.notification;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting as calendar programs see it. {@code uid} stays the same for every update and the cancel;
 * {@code sequence} grows with each change (0 for the first invitation).
 *
 * @param start the start in the meeting's own zone ({@code America/Sao_Paulo}, {@code Africa/Maputo}, ...):
 *     the invitation carries that zone, so every calendar program shows the right local time
 * @param description the agenda, or null
 * @param location the place, or null (the online link then stands in for it)
 * @param url the online link, or null
 * @param organizerName the organizer's display name, or null
 * @param organizerEmail the organizer's address, or null (no ORGANIZER then)
 * @param attendeeEmails the invited addresses; null counts as none
 */
public record CalendarEvent(String uid, int sequence, ZonedDateTime start, Duration duration, String summary,
    String description, String location, String url, String organizerName, String organizerEmail,
    List<String> attendeeEmails) {}
