package org.kring.model;

import java.util.Locale;

/** Surface adaptations change language, pictures and names; deep ones change content, order or who facilitates. */
public enum Adaptation {
    SURFACE, DEEP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
