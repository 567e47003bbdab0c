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

    /** How many sessions a session page lists beside its guide. */
    public static final int NEIGHBOURS = 15;

    /**
     * The sessions a session page lists beside its guide: all of them in a programme of up to {@link #NEIGHBOURS},
     * else that many around the session (a list of hundreds of links beside every guide is not a menu anyone
     * reads, and would make each page's size grow with the programme's; the heading links to all of them).
     */
    public List<Session> sessionsAround(int number) {
        if (sessions.size() <= NEIGHBOURS) {
            return sessions;
        }
        int at = 0;
        while (at < sessions.size() - 1 && sessions.get(at).number() < number) {
            at++;
        }
        int from = Math.max(0, Math.min(at - NEIGHBOURS / 2, sessions.size() - NEIGHBOURS));
        return sessions.subList(from, from + NEIGHBOURS);
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
