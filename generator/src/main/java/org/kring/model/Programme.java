package org.kring.model;

import java.util.List;

/** A programme (e.g. group pregnancy care) and its sessions in order, in one language. */
public record Programme(DocKey key, String id, String title, String description, String audience, Markdown body,
        Origin origin, List<Session> sessions) {

    public int totalMinutes() {
        return sessions.stream().mapToInt(Session::duration).sum();
    }
}
