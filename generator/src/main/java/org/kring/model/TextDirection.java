package org.kring.model;

public enum TextDirection {
    LTR, RTL;

    /** The value of the HTML {@code dir} attribute. */
    public String attr() {
        return this == LTR ? "ltr" : "rtl";
    }
}
