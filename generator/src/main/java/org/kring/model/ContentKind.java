package org.kring.model;

import java.util.Locale;

/** The kinds of content a curriculum is made of; their names are the prefixes of content links. */
public enum ContentKind {
    PAGE, PROGRAMME, SESSION, TOPIC, RECOMMENDATION, COURSE, MODULE;

    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
