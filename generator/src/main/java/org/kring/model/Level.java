package org.kring.model;

import java.util.Locale;

/** The level an implementation recommendation addresses, from the widest to the closest. */
public enum Level {
    POLICY, ORGANISATION, PROVIDER, PARTICIPANT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
