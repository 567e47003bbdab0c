package org.kring.model;

/** One timed step of a session. {@code start} is minutes from the start of the session. */
public record AgendaItem(int minutes, String activity, int start, int line) {

    public int end() {
        return start + minutes;
    }
}
