package org.kring.course;

import com.ibm.icu.text.Bidi;

/**
 * One person on a course run's participants list.
 *
 * @param name         as it goes on the attendance list and the certificate, in any script
 * @param organisation the practice or clinic, or empty
 * @param line         the line of the participants file it came from
 */
public record Participant(String name, String organisation, int line) {

    /** True when the name is written right to left (Arabic, Hebrew, ...): it is set with dir="rtl". */
    public boolean rtl() {
        return Bidi.getBaseDirection(name) == Bidi.RTL;
    }
}
