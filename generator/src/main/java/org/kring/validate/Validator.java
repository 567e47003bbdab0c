package org.kring.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.load.Suggestions;
import org.kring.model.Asset;
import org.kring.model.ContentKind;
import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.Content;
import org.kring.model.Links;
import org.kring.model.LocalizedContent;
import org.kring.model.Located;
import org.kring.model.Markdown;
import org.kring.model.Markdown.ContentTarget;
import org.kring.model.Markdown.LinkUse;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Ref;
import org.kring.model.Session;
import org.kring.model.SourceFile;
import org.kring.model.Topic;

/**
 * The validate stage: checks the whole model before anything is rendered, so a build either writes a
 * complete, consistent site or nothing. Every problem is collected with its file and line.
 */
public final class Validator {
    private final Problems problems;
    private final Memo memo;

    public Validator(Problems problems) {
        this(problems, null);
    }

    /** A validator that remembers, in {@code memo}, what it need not check again next time. */
    public Validator(Problems problems, Memo memo) {
        this.problems = problems;
        this.memo = memo;
    }

    /**
     * What one validation found per Markdown body, for the next validation of the same site in memory (the
     * preview server's): a body that is the same object, in a site with the same content, pages and files,
     * has the same links leading to the same places, so it is not resolved again.
     */
    public static final class Memo {
        private Set<DocKey> keys = Set.of();
        private Map<String, DocKey> byPath = Map.of();
        private Set<String> assets = Set.of();
        private List<String> declared = List.of();
        private Map<Markdown, Resolved> resolved = new IdentityHashMap<>();
        private final PictureCheck.Memo pictures = new PictureCheck.Memo();
        private final PlaceholderCheck.Memo placeholders = new PlaceholderCheck.Memo();

        /** What the placeholder check found per file, kept with the rest. */
        public PlaceholderCheck.Memo placeholders() {
            return placeholders;
        }
    }

    /** What the links of one body led to, and the problems they had. */
    private record Resolved(Map<Integer, Markdown.Target> targets, List<Problem> problems) {
    }

    /**
     * Checks the model and returns where every link leads (problems go to the {@link Problems} given to the
     * constructor). The model is not changed.
     */
    public Links validate(Curriculum curriculum) {
        LocalizedContent source = curriculum.locale(curriculum.config().sourceLanguage());
        List<LocalizedContent> all = new ArrayList<>(curriculum.locales());
        if (source == null) {
            // Building only other languages: the source is still the reference for the structure.
            source = all.get(0);
        }
        Set<DocKey> keys = new HashSet<>(curriculum.unreadable());
        Map<String, DocKey> byPath = new HashMap<>();
        for (Content doc : source.documents()) {
            keys.add(doc.key());
            byPath.put(doc.body().file().contentPath(), doc.key());
        }
        Set<String> assets = new HashSet<>();
        for (Asset a : curriculum.assets()) {
            assets.add(a.sitePath());
        }
        Publishing publishing = new Publishing(curriculum.config().assets());
        List<String> declared = curriculum.config().assets().stream().map(Located::value).toList();
        LinkResolver resolver = new LinkResolver(keys, byPath, assets, publishing, problems);
        boolean logo = checkLogo(curriculum.config(), assets);
        boolean sameSite = memo != null && keys.equals(memo.keys) && byPath.equals(memo.byPath)
                && assets.equals(memo.assets) && declared.equals(memo.declared);
        Map<Markdown, Resolved> resolved = new IdentityHashMap<>();
        Map<Markdown, Map<Integer, Markdown.Target>> targets = new IdentityHashMap<>();

        for (LocalizedContent locale : all) {
            checkProgrammes(locale); // adapted sessions may change numbers and minutes
        }
        checkReferences(source, resolver);
        CourseCheck courses = new CourseCheck(problems, curriculum.config());
        for (LocalizedContent locale : all) {
            courses.check(locale, resolver);
        }
        for (Located<Ref> nav : curriculum.config().navigation()) {
            if (!resolver.exists(nav.value().key())) {
                problems.error(curriculum.config().file().name(), nav.line(), nav.column(), "navigation item '"
                        + nav.value() + "' does not exist");
            }
        }

        // Resolve links once per Markdown body, however many languages share it.
        for (LocalizedContent locale : all) {
            for (Content doc : locale.documents()) {
                Markdown md = doc.body();
                if (resolved.containsKey(md)) {
                    continue;
                }
                Resolved found = sameSite ? memo.resolved.get(md) : null;
                if (found == null) {
                    Problems own = new Problems();
                    Map<Integer, Markdown.Target> mine = new java.util.HashMap<>();
                    new LinkResolver(keys, byPath, assets, publishing, own).resolve(md, doc.key(), md.file().contentPath(), mine);
                    found = new Resolved(mine, own.sorted());
                }
                found.problems().forEach(problems::add);
                if (!found.targets().isEmpty()) {
                    targets.put(md, found.targets());
                }
                resolved.put(md, found);
            }
        }
        if (memo != null) {
            memo.keys = keys;
            memo.byPath = byPath;
            memo.assets = assets;
            memo.declared = declared;
            memo.resolved = resolved;
        }
        Set<String> used = new HashSet<>();
        for (Map<Integer, Markdown.Target> body : targets.values()) {
            for (Markdown.Target t : body.values()) {
                if (t instanceof Markdown.AssetTarget a) {
                    used.add(a.sitePath());
                }
            }
        }
        if (logo) {
            used.add(curriculum.config().logo().value()); // the covers print it, so it is published and checked
        }
        used.addAll(checkPictures(source, assets));
        // With only some languages loaded, a file may be used by a page of a language not built this time.
        boolean complete = curriculum.locales().size() == curriculum.config().languages().size();
        Links links = new Links(targets, publishing.published(curriculum.assets(), used, complete, problems));
        // Only what goes out is checked as a picture: a file no page uses is left out, and said so.
        new PictureCheck(problems, memo == null ? null : memo.pictures).check(links.files());
        checkAnchors(all, links);
        return links;
    }

    private void checkProgrammes(LocalizedContent source) {
        for (Programme p : source.programmes()) {
            Map<Integer, Session> byNumber = new HashMap<>();
            for (Session s : p.sessions()) {
                String file = s.origin().file().name();
                Session other = byNumber.put(s.number(), s);
                if (other != null) {
                    problems.error(file, numberLine(s), "session number "
                            + s.number() + " is also used by " + other.origin().file().name());
                }
                if (s.agendaMinutes() != s.duration() && !s.agenda().isEmpty()) {
                    int diff = s.agendaMinutes() - s.duration();
                    problems.error(file, s.agendaLine(), "agenda minutes add up to " + s.agendaMinutes()
                            + " but the session's duration is " + s.duration() + " ("
                            + Math.abs(diff) + " minutes " + (diff < 0 ? "short" : "too many") + ")");
                }
            }
            List<Session> sessions = p.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                Session s = sessions.get(i);
                if (s.number() != i + 1 && !byNumberDuplicate(sessions, s)) {
                    problems.error(s.origin().file().name(), numberLine(s),
                            "session numbers of programme '" + p.id() + "' must run 1, 2, 3 ... without gaps; "
                                    + "expected " + (i + 1) + " here, found " + s.number());
                    break;
                }
            }
        }
    }

    private static int numberLine(Session s) {
        return Math.max(1, s.fields().line("number"));
    }

    private static boolean byNumberDuplicate(List<Session> sessions, Session s) {
        return sessions.stream().filter(o -> o.number() == s.number()).count() > 1;
    }

    private void checkReferences(LocalizedContent source, LinkResolver resolver) {
        Set<String> topicIds = ids(source.topics().stream().map(Topic::id).toList());
        Set<String> countryIds = new HashSet<>();
        Set<String> programmeIds = ids(source.programmes().stream().map(Programme::id).toList());
        for (Page p : source.countries()) {
            countryIds.add(p.id().substring("countries/".length()));
        }
        for (Programme p : source.programmes()) {
            for (Session s : p.sessions()) {
                Set<String> seen = new HashSet<>();
                for (Located<String> t : s.topics()) {
                    if (!topicIds.contains(t.value())) {
                        problems.error(s.origin().file().name(), t.line(), t.column(), "unknown topic '" + t.value()
                                + "'" + Suggestions.didYouMean(t.value(), topicIds));
                    } else if (!seen.add(t.value())) {
                        problems.error(s.origin().file().name(), t.line(), t.column(), "topic '" + t.value()
                                + "' is listed twice");
                    }
                }
            }
        }
        for (Recommendation r : source.recommendations()) {
            for (Located<String> c : r.countries()) {
                if (!countryIds.contains(c.value())) {
                    problems.error(r.origin().file().name(), c.line(), c.column(), "unknown country '" + c.value()
                            + "' (no content/countries/" + c.value() + ".md)" + Suggestions.didYouMean(c.value(),
                                    countryIds));
                }
            }
        }
        for (Page page : source.countries()) {
            for (Located<String> p : page.programmes()) {
                if (!programmeIds.contains(p.value())) {
                    problems.error(page.origin().file().name(), p.line(), p.column(), "unknown programme '"
                            + p.value() + "'" + Suggestions.didYouMean(p.value(), programmeIds));
                }
            }
        }
    }

    /**
     * Links with an anchor must find it in the target as it is in each language (a heading's anchor comes
     * from its text unless fixed with {#id}). One problem per link, naming the languages that lack it.
     */
    private static final String LANGS = "\u0000languages\u0000";

    private void checkAnchors(List<LocalizedContent> all, Links links) {
        Map<String, List<String>> missing = new java.util.LinkedHashMap<>();
        Map<String, Problem> first = new HashMap<>();
        Map<Content, Set<String>> anchorsByDoc = new IdentityHashMap<>();
        for (LocalizedContent locale : all) {
            for (Content doc : locale.documents()) {
                Markdown md = doc.body();
                for (LinkUse link : md.anchorLinks()) {
                    if (!(links.target(md, link) instanceof ContentTarget ct) || ct.ref().anchor() == null) {
                        continue;
                    }
                    Content target = locale.find(ct.ref().key());
                    Set<String> anchors = target == null ? Set.of()
                            : anchorsByDoc.computeIfAbsent(target, d -> anchorsOf(d, locale));
                    if (target != null && !anchors.contains(ct.ref().anchor())) {
                        String id = md.file().name() + ":" + link.line() + ":" + link.column() + ":" + ct.ref();
                        missing.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(locale.code());
                        String message = "anchor '#" + ct.ref().anchor() + "' does not exist in " + ct.ref().key()
                                + LANGS + Suggestions.didYouMean(ct.ref().anchor(), anchors);
                        // In a translation the source may have renamed the heading since: a warning.
                        first.putIfAbsent(id, LinkResolver.isTranslation(md)
                                ? Problem.warning(md.file().name(), link.line(), link.column(), message)
                                : Problem.error(md.file().name(), link.line(), link.column(), message));
                    }
                }
            }
        }
        missing.forEach((id, langs) -> {
            Problem p = first.get(id);
            problems.add(new Problem(p.severity(), p.file(), p.line(), p.column(),
                    p.message().replace(LANGS, " (" + String.join(", ", langs) + ")")));
        });
    }

    /** Anchors a page has: its body's headings and the sections its template adds. */
    public static Set<String> anchorsOf(Content doc, LocalizedContent locale) {
        Set<String> anchors = new HashSet<>(doc.body().anchors());
        anchors.add("main");
        anchors.addAll(doc.sectionAnchors(locale));
        return anchors;
    }

    private static Set<String> ids(List<String> list) {
        return new HashSet<>(list);
    }

    /** The logo site.yml names is a picture among the content's files, like any picture a page shows: true if so. */
    private boolean checkLogo(org.kring.model.SiteConfig config, Set<String> assets) {
        Located<String> logo = config.logo();
        if (logo == null) {
            return false;
        }
        String path = logo.value();
        String file = config.file().name();
        if (!isPicture(path)) {
            problems.error(file, logo.line(), logo.column(), "logo '" + path + "' is not a picture: give an SVG, "
                    + "PNG, JPEG, WebP or GIF file under content/, such as images/logo.svg");
        } else if (!assets.contains(path)) {
            boolean outside = path.startsWith("content/") || path.startsWith("/");
            problems.error(file, logo.line(), logo.column(), "logo not found: " + path + (outside
                    ? ": write its path inside content/, such as images/logo.svg"
                    : " (looked for content/" + path + ")"));
        } else {
            return true;
        }
        return false;
    }

    /**
     * The pictures front matter names ({@code picture: images/pregnancy.svg}, for cards and page heads): each must
     * be a picture among the content's files. They are the same in every language, so the source names them.
     * Returns those that are, to be published.
     */
    private Set<String> checkPictures(LocalizedContent source, Set<String> assets) {
        Set<String> found = new HashSet<>();
        for (Content doc : source.documents()) {
            String path = doc.fields().text("picture");
            if (path == null) {
                continue;
            }
            String file = doc.file().name();
            int line = doc.fields().line("picture");
            if (!isPicture(path)) {
                problems.error(file, line, "picture '" + path + "' is not a picture: give an SVG, PNG, JPEG, WebP or "
                        + "GIF file under content/, such as images/pregnancy.svg");
            } else if (!assets.contains(path)) {
                problems.error(file, line, "picture not found: " + path + (path.startsWith("content/")
                        || path.startsWith("/") ? ": write its path inside content/, such as images/pregnancy.svg"
                        : " (looked for content/" + path + ")"));
            } else {
                found.add(path);
            }
        }
        return found;
    }

    private static boolean isPicture(String path) {
        return PictureFormat.ofName(path) != null;
    }

}
