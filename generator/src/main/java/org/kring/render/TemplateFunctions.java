package org.kring.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.kring.i18n.UiStrings;
import org.kring.model.DocKey;
import org.kring.model.Content;
import org.kring.model.Language;
import org.kring.model.Markdown;
import org.kring.model.Origin;
import org.kring.model.SiteConfig;
import org.kring.model.Ref;
import org.kring.render.MarkdownHtml;
import org.kring.render.Router;

/** The functions templates call: {@code t()} for interface strings, {@code link()} and {@code md()}. */
public final class TemplateFunctions {
    private TemplateFunctions() {
    }

    /**
     * {@code t("key")}, {@code t("key", n)} for a count, or {@code t("key", "name", value, ...)} for named
     * arguments. Text comes out escaped, like any other value in an .ftlh template.
     */
    public static TemplateMethodModelEx t(UiStrings ui) {
        return args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("t() needs a key");
            }
            String key = String.valueOf(unwrap(args.get(0)));
            if (args.size() == 1) {
                return ui.get(key);
            }
            Map<String, Object> named = new LinkedHashMap<>();
            if (args.size() == 2) {
                named.put("n", unwrap(args.get(1)));
            } else {
                for (int i = 1; i + 1 < args.size(); i += 2) {
                    named.put(String.valueOf(unwrap(args.get(i))), unwrap(args.get(i + 1)));
                }
            }
            return ui.format(key, named);
        };
    }

    /** {@code num(32592)}: a number written the way the page's language writes it (32.592 in Dutch). */
    public static TemplateMethodModelEx num(String language) {
        return NUMBERS.computeIfAbsent(language, TemplateFunctions::numberFormat);
    }

    /** One per language: every page gets num(), and ICU makes a number format slowly (a fiftieth of a build). */
    private static final Map<String, TemplateMethodModelEx> NUMBERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static TemplateMethodModelEx numberFormat(String language) {
        com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getIntegerInstance(
                com.ibm.icu.util.ULocale.forLanguageTag(language));
        return args -> {
            Object n = unwrap(args.get(0));
            synchronized (f) {
                return f.format(n instanceof Number x ? x : Double.parseDouble(String.valueOf(n)));
            }
        };
    }

    /** {@code link(topic)} or {@code link("page:about")}: the relative href of content in this language. */
    public static TemplateMethodModelEx link(Router router, String lang, String root) {
        return args -> {
            Object target = unwrap(args.get(0));
            DocKey key;
            String anchor = null;
            if (target instanceof String s) {
                Ref ref = Ref.parse(s);
                if (ref == null) {
                    throw new TemplateModelException("link(): '" + s + "' is not a content link like page:about");
                }
                key = ref.key();
                anchor = ref.anchor();
            } else {
                key = ((Content) target).key();
            }
            String path = router.path(key, lang);
            if (path == null) {
                throw new TemplateModelException("link(): no page for " + key);
            }
            return root + path + (anchor == null ? "" : "#" + anchor);
        };
    }

    /** {@code md(doc.body)}: the Markdown body as HTML, not escaped again. */
    public static TemplateMethodModelEx md(MarkdownHtml html, Router router, org.kring.model.Links links,
            Map<String, org.kring.model.Untranslated> untranslated, String lang, String root, String selfPath,
            UiStrings ui) {
        return args -> {
            Object body = unwrap(args.get(0));
            if (!(body instanceof Markdown m)) {
                throw new TemplateModelException("md() needs a Markdown body, such as session.body");
            }
            // md(session.body, 1): the body's headings one level down, under a heading of the page's own.
            int shift = args.size() > 1 ? ((Number) unwrap(args.get(1))).intValue() : 0;
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.render(
                    MarkdownHtml.Scope.web(m, lang, root, selfPath, router, links, untranslated, ui, shift)));
        };
    }

    /** {@code date(doc.field("reviewed"))}: a date in the page's language, "12 March 2026". */
    public static TemplateMethodModelEx date(com.ibm.icu.util.ULocale language) {
        return args -> {
            Object d = unwrap(args.get(0));
            if (!(d instanceof java.time.LocalDate date)) {
                throw new TemplateModelException("date() needs a date, such as doc.field(\"reviewed\")");
            }
            return org.kring.i18n.Dates.dayMonthYear(language, date);
        };
    }

    /**
     * What site.yml says of the edition as a whole, for every page and PDF: {@code licence} (name, url),
     * {@code edition} and {@code reviewed}, each only when set.
     */
    public static java.util.Map<String, Object> edition(SiteConfig config) {
        java.util.Map<String, Object> out = new java.util.HashMap<>();
        if (config.licence() != null) {
            out.put("licence", config.licence());
        }
        if (config.edition() != null) {
            out.put("edition", config.edition());
        }
        if (config.reviewed() != null) {
            out.put("reviewed", config.reviewed());
        }
        return out;
    }

    /** {@code clock(570)}: "09:30", a course block's time of day. */
    public static TemplateMethodModelEx clock() {
        return args -> org.kring.model.Schedule.clock(((Number) unwrap(args.get(0))).intValue());
    }

    /** {@code languageName("nl")}: the language's own name from site.yml ("Nederlands"). */
    public static TemplateMethodModelEx languageName(SiteConfig config) {
        return args -> {
            String code = String.valueOf(unwrap(args.get(0)));
            org.kring.model.Language lang = config.language(code);
            return lang == null ? code : lang.name();
        };
    }

    /**
     * {@code languageNames(copy.languages)}: languages named in the reader's language and joined with its list
     * comma ("Dutch, Arabic, Tigrinya"; "الهولندية، العربية، التغرينية"); site.yml's name where CLDR has none.
     */
    public static TemplateMethodModelEx languageNames(SiteConfig config, String in, String separator) {
        return args -> {
            List<String> names = new java.util.ArrayList<>();
            for (Object code : (Iterable<?>) unwrap(args.get(0))) {
                String name = org.kring.i18n.LanguageFacts.nameIn(String.valueOf(code), in);
                org.kring.model.Language own = config.language(String.valueOf(code));
                names.add(name != null ? name : own != null ? own.name() : String.valueOf(code));
            }
            return String.join(separator, names);
        };
    }

    /**
     * {@code <li${langOf(topic)}>}: {@code lang} and {@code dir} attributes when the item's text fell back to
     * another language, so screen readers pronounce it right and the reader sees it is not translated.
     */
    public static TemplateMethodModelEx langOf(SiteConfig config) {
        return args -> langAttributes(config, unwrap(args.get(0)));
    }

    public static TemplateHTMLOutputModel langAttributes(SiteConfig config, Object doc) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(attributes(config, doc));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String attributes(SiteConfig config, Object doc) {
        if (doc == null) {
            return "";
        }
        Origin origin = ((Content) doc).origin();
        if (!origin.fallback()) {
            return "";
        }
        Language text = config.language(origin.textLanguage());
        String dir = text == null ? "" : " dir=\"" + text.dir() + "\"";
        return " lang=\"" + origin.textLanguage() + "\"" + dir;
    }

    public static Object unwrap(Object arg) throws TemplateModelException {
        return arg instanceof TemplateModel m ? DeepUnwrap.unwrap(m) : arg;
    }

    public static List<Object> list(Object... items) {
        return List.of(items);
    }
}
