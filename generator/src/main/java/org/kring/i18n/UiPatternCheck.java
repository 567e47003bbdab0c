package org.kring.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

/**
 * The rules an interface string must follow, in one place so that a {@code ui.yml} read by the build and an
 * entry imported from a PO or XLIFF file are held to the same ones: it is an ICU message, each plural has
 * 'other' and only the forms its language has, and it uses the English string's {placeholders}.
 */
public final class UiPatternCheck {
    /**
     * How deeply the braces of a string may nest. A plural inside a select inside a plural, with a
     * placeholder in it, nests 7 deep; ICU parses and formats nested messages by recursion, so a string
     * nested thousands deep would overflow the stack.
     */
    public static final int MAX_NESTING = 16;

    private UiPatternCheck() {
    }

    /** What is wrong with {@code pattern} as string {@code key} of {@code language} on its own, or null. */
    public static String problem(String language, String key, String pattern) {
        int depth = braceDepth(pattern);
        if (depth > MAX_NESTING) {
            return "'" + key + "' is not a valid message: " + tooDeep(depth);
        }
        MessagePattern parsed;
        try {
            // The message format, not only its syntax: a bad number or date style ({n, number, foo}) is found too.
            new MessageFormat(pattern, Dates.locale(language));
            parsed = new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            if (why.startsWith("Missing 'other' keyword")) {
                // ICU says only that 'other' is missing; a translator also needs to know which forms to write.
                boolean ordinal = pattern.matches("(?s).*,\\s*selectordinal\\s*,.*")
                        && !pattern.matches("(?s).*,\\s*plural\\s*,.*");
                PluralForms forms = ordinal ? PluralForms.ordinal(language) : PluralForms.of(language);
                return "'" + key + "': a" + (ordinal ? "n ordinal" : "") + " plural needs 'other'; " + forms.describe();
            }
            return "'" + key + "' is not a valid message: " + why;
        }
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part p = parsed.getPart(i);
            if (p.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.ArgType type = p.getArgType();
            if (type != MessagePattern.ArgType.PLURAL && type != MessagePattern.ArgType.SELECTORDINAL) {
                continue;
            }
            boolean ordinal = type == MessagePattern.ArgType.SELECTORDINAL;
            PluralForms forms = ordinal ? PluralForms.ordinal(language) : PluralForms.of(language);
            for (String selector : selectors(parsed, i)) {
                if (selector.startsWith("=")) {
                    continue; // an exact number (=0) is always allowed
                }
                boolean wrong = forms.known() ? !forms.forms().contains(selector)
                        : !PluralForms.CATEGORIES.contains(selector);
                if (wrong) {
                    // A form the language does not have is never shown: a typo, or a form copied from another language.
                    String kind = ordinal ? "ordinal form" : "plural form";
                    return forms.known()
                            ? "'" + key + "': " + forms.name() + " has no " + kind + " '" + selector + "'; it uses "
                                    + String.join(", ", forms.forms())
                            : "'" + key + "': '" + selector + "' is not a " + kind + "; the forms are "
                                    + String.join(", ", PluralForms.CATEGORIES);
                }
            }
        }
        return null;
    }

    /**
     * What differs between the placeholders of {@code pattern} and those of the English {@code english}, or
     * null: a placeholder the English does not have shows on the page as "{name}", and a missing one loses
     * what the page fills in.
     */
    public static String placeholderProblem(String key, String pattern, String english) {
        Set<String> want;
        Set<String> have;
        try {
            want = arguments(english);
            have = arguments(pattern);
        } catch (IllegalArgumentException e) {
            return null; // reported by problem()
        }
        List<String> extra = new ArrayList<>();
        for (String a : have) {
            if (!want.contains(a)) {
                extra.add("{" + a + "}");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String a : want) {
            if (!have.contains(a)) {
                missing.add("{" + a + "}");
            }
        }
        if (extra.isEmpty() && missing.isEmpty()) {
            return null;
        }
        String has = want.isEmpty() ? "the English has no placeholders"
                : "the English has " + String.join(", ", want.stream().map(a -> "{" + a + "}").toList());
        if (!extra.isEmpty()) {
            return "'" + key + "': unknown placeholder " + String.join(", ", extra) + "; " + has;
        }
        return "'" + key + "': placeholder " + String.join(", ", missing) + " of the English is missing; keep it as it is";
    }

    /** The names of the arguments a pattern uses ({n}, {programme}), plurals' and nested ones included. */
    public static Set<String> arguments(String pattern) {
        MessagePattern parsed = parse(pattern);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part p = parsed.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_NAME) {
                out.add(parsed.getSubstring(p));
            } else if (p.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                out.add(Integer.toString(p.getValue()));
            }
        }
        return out;
    }

    /**
     * The plural arguments of a pattern, each as name and type ("plural" or "selectordinal"), in order, so an
     * exported entry can say which forms to write for each.
     */
    public static List<String[]> plurals(String pattern) {
        List<String[]> out = new ArrayList<>();
        MessagePattern parsed;
        try {
            parsed = parse(pattern);
        } catch (IllegalArgumentException e) {
            return out;
        }
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part p = parsed.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_START && (p.getArgType() == MessagePattern.ArgType.PLURAL
                    || p.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
                MessagePattern.Part name = parsed.getPart(i + 1);
                String type = p.getArgType() == MessagePattern.ArgType.PLURAL ? "plural" : "selectordinal";
                String n = name.getType() == MessagePattern.Part.Type.ARG_NUMBER ? Integer.toString(name.getValue())
                        : parsed.getSubstring(name);
                if (out.stream().noneMatch(a -> a[0].equals(n) && a[1].equals(type))) {
                    out.add(new String[] {n, type});
                }
            }
        }
        return out;
    }

    /** The selectors ("one", "=0", "other") of the plural argument that starts at part {@code start}. */
    private static List<String> selectors(MessagePattern parsed, int start) {
        List<String> out = new ArrayList<>();
        int limit = parsed.getLimitPartIndex(start);
        int i = start + 2; // past ARG_START and the argument's name
        while (i < limit) {
            MessagePattern.Part p = parsed.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                out.add(parsed.getSubstring(p));
            }
            if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                i = parsed.getLimitPartIndex(i) + 1; // skip the sub-message: its own plurals are checked on their own
            } else {
                i++;
            }
        }
        return out;
    }

    /** ICU's parse, refused (as ICU refuses a syntax error) before it recurses into a string nested too deeply. */
    private static MessagePattern parse(String pattern) {
        int depth = braceDepth(pattern);
        if (depth > MAX_NESTING) {
            throw new IllegalArgumentException(tooDeep(depth));
        }
        return new MessagePattern(pattern);
    }

    private static String tooDeep(int depth) {
        return "its braces { } nest " + depth + " deep; Kring allows up to " + MAX_NESTING;
    }

    /**
     * How deeply the braces of {@code pattern} nest, as ICU reads them: a quoted brace ('{') and a doubled
     * apostrophe ('') are text. Linear, no recursion.
     */
    static int braceDepth(String pattern) {
        int depth = 0;
        int deepest = 0;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                char next = i + 1 < n ? pattern.charAt(i + 1) : 0;
                if (next == '\'') {
                    i++;
                } else if (next == '{' || next == '}' || next == '|' || next == '#') {
                    // Quoted text up to the next single apostrophe; '' inside it is an apostrophe.
                    for (i += 2; i < n; i++) {
                        if (pattern.charAt(i) == '\'') {
                            if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                                i++;
                            } else {
                                break;
                            }
                        }
                    }
                }
            } else if (c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return deepest;
    }
}
