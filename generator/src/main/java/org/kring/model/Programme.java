package org.kring.model;

import java.util.List;

/** A programme (e.g. group pregnancy care) and its sessions in order, in one language. {@code shortTitle} may be null. */
public record Programme(DocKey key, String id, String title, String shortTitle, String description, String audience,
        Markdown body, Origin origin, List<Session> sessions) implements Content {

    /** The title for menus and breadcrumbs: the short title when there is one. */
    public String menuTitle() {
        return shortTitle != null ? shortTitle : title;
    }


    public int totalMinutes() {
        return sessions.stream().mapToInt(Session::duration).sum();
    }

    @Override
    public Programme withOrigin(Origin o) {
        return new Programme(key, id, title, shortTitle, description, audience, body, o, sessions);
    }
}
