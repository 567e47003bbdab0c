package org.kring.model;

import java.util.Arrays;
import java.util.List;

/** A programme (e.g. group pregnancy care) and its sessions in order, in one language. {@code shortTitle} may be null. */
public record Programme(DocKey key, String id, String title, String shortTitle, String description, String audience,
        Markdown body, Origin origin, List<Session> sessions, FieldValues fields) implements Content {

    /** The title for menus and breadcrumbs: the short title when there is one. */
    @Override
    public String menuTitle() {
        return shortTitle != null ? shortTitle : title;
    }

    public int totalMinutes() {
        return sessions.stream().mapToInt(Session::duration).sum();
    }

    /** The same programme with its sessions, in order. */
    public Programme withSessions(List<Session> list) {
        return new Programme(key, id, title, shortTitle, description, audience, body, origin, List.copyOf(list), fields);
    }

    @Override
    public Programme withOrigin(Origin o) {
        return new Programme(key, id, title, shortTitle, description, audience, body, o, sessions, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.programme(this);
    }

    /** Its titles are in every page's menu and breadcrumbs: any change shows everywhere. */
    @Override
    public List<Object> listing() {
        return Arrays.asList(this);
    }
}
