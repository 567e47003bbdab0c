package org.kring.i18n;

import java.util.Map;
import java.util.Set;

/** The strings of one ui.yml file, flattened to dotted keys, with the line of each for error messages. */
public record UiTable(String language, String file, Map<String, String> strings, Map<String, Integer> lines) {

    public String get(String key) {
        return strings.get(key);
    }

    public Set<String> keys() {
        return strings.keySet();
    }
}
