package org.kring.serve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kring.model.ContentKind;
import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.Documents;
import org.kring.model.LocalizedContent;
import org.kring.model.Located;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Ref;
import org.kring.model.Session;
import org.kring.model.Topic;
import org.kring.render.web.WebRenderer.PageRef;

/**
 * Which pages an edit changes. Compares the content before and after, language by language, and follows
 * where each kind of content shows elsewhere: a session's title on its programme page, its neighbours'
 * "next" links and the topics it uses; a topic's title on the topic list and the sessions using it; a
 * programme's or a menu page's title on every page. Returns null when everything must be rendered (content
 * added or removed, interface strings changed).
 */
final class Dependents {
    private Dependents() {
    }

    /**
     * The pages to render again after the files at {@code changedPaths} (paths under content/, as their
     * translations mirror them) changed.
     */
    static Set<PageRef> of(Curriculum before, Curriculum after, Set<String> changedPaths) {
        if (before.locales().size() != after.locales().size()) {
            return null;
        }
        Set<DocKey> nav = new HashSet<>();
        for (Located<Ref> item : after.config().navigation()) {
            nav.add(item.value().key());
        }
        // The files the changed paths can be read from, in any language.
        Set<String> files = new HashSet<>();
        for (String path : changedPaths) {
            files.add("content/" + path);
            for (LocalizedContent l : after.locales()) {
                files.add("translations/" + l.code() + "/" + path);
            }
        }
        Set<PageRef> pages = new HashSet<>();
        for (int i = 0; i < after.locales().size(); i++) {
            LocalizedContent old = before.locales().get(i);
            LocalizedContent now = after.locales().get(i);
            if (!old.code().equals(now.code()) || old.ui() != now.ui() && !sameStrings(old, now)) {
                return null;
            }
            List<Object> oldDocs = old.documents();
            List<Object> nowDocs = now.documents();
            if (oldDocs.size() != nowDocs.size()) {
                return null; // content added or removed: lists and neighbours change everywhere
            }
            Map<DocKey, Object> a = index(oldDocs, files);
            Map<DocKey, Object> b = index(nowDocs, files);
            if (!a.keySet().equals(b.keySet())) {
                return null;
            }
            String lang = now.code();
            for (Map.Entry<DocKey, Object> e : b.entrySet()) {
                Object was = a.get(e.getKey());
                Object is = e.getValue();
                if (same(was, is)) {
                    continue;
                }
                DocKey key = e.getKey();
                if (nav.contains(key) || key.kind() == ContentKind.PROGRAMME || key.kind() == ContentKind.COURSE
                        || key.kind() == ContentKind.MODULE) {
                    return null; // its title is in every page's menu or breadcrumbs, or in its course's schedule
                }
                pages.add(new PageRef(lang, key));
                if (listing(was).equals(listing(is))) {
                    continue; // only its own page shows what changed
                }
                for (org.kring.model.Course c : now.courses()) {
                    if (c.days().stream().flatMap(d -> d.blocks().stream())
                            .anyMatch(bl -> bl.ref() != null && bl.ref().key().equals(key))) {
                        pages.add(new PageRef(lang, c.key())); // its schedule names what is practised
                    }
                }
                if (is instanceof Session s) {
                    Session w = (Session) was;
                    pages.add(new PageRef(lang, new DocKey(ContentKind.PROGRAMME, s.programmeId())));
                    pages.add(new PageRef(lang, page("downloads")));
                    Programme p = now.programme(s.programmeId());
                    List<Session> list = p.sessions();
                    int at = list.indexOf(s);
                    if (at > 0) {
                        pages.add(new PageRef(lang, list.get(at - 1).key()));
                    }
                    if (at >= 0 && at + 1 < list.size()) {
                        pages.add(new PageRef(lang, list.get(at + 1).key()));
                    }
                    if (w.number() != s.number()) {
                        return null; // another order: every neighbour and list changes
                    }
                    for (String t : s.topicIds()) {
                        pages.add(new PageRef(lang, new DocKey(ContentKind.TOPIC, t)));
                    }
                    for (String t : w.topicIds()) {
                        pages.add(new PageRef(lang, new DocKey(ContentKind.TOPIC, t)));
                    }
                } else if (is instanceof Topic t) {
                    pages.add(new PageRef(lang, page("topics")));
                    for (Session s : now.sessionsUsing(t.id())) {
                        pages.add(new PageRef(lang, s.key()));
                    }
                } else if (is instanceof Recommendation) {
                    pages.add(new PageRef(lang, page("recommendations")));
                } else if (is instanceof Page p && p.isCountry()) {
                    pages.add(new PageRef(lang, page("countries")));
                    String country = p.id().substring("countries/".length());
                    for (Recommendation r : now.recommendations()) {
                        if (r.countries().stream().anyMatch(c -> c.value().equals(country))) {
                            pages.add(new PageRef(lang, r.key()));
                        }
                    }
                } else if (is instanceof Page p && p.id().equals("home")) {
                    pages.add(new PageRef(lang, page("home")));
                }
            }
        }
        return pages;
    }

    private static DocKey page(String id) {
        return new DocKey(ContentKind.PAGE, id);
    }

    /** Programmes compare without their sessions: a session's change is followed separately. */
    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Programme p && b instanceof Programme q) {
            return p.title().equals(q.title()) && Objects.equals(p.shortTitle(), q.shortTitle())
                    && p.description().equals(q.description()) && Objects.equals(p.audience(), q.audience())
                    && p.body().equals(q.body()) && p.origin().equals(q.origin())
                    && p.sessions().size() == q.sessions().size();
        }
        return Objects.equals(a, b);
    }

    private static boolean sameStrings(LocalizedContent a, LocalizedContent b) {
        return a.ui().tables().equals(b.ui().tables());
    }

    private static Map<DocKey, Object> index(List<Object> docs, Set<String> files) {
        Map<DocKey, Object> m = new HashMap<>();
        for (Object doc : docs) {
            if (files.contains(Documents.origin(doc).file().name())) {
                m.put(Documents.key(doc), doc);
            }
        }
        return m;
    }

    /**
     * What other pages show of a piece of content (lists, neighbours' links, the sessions a topic is
     * discussed in). When only the rest changed, only its own page changes.
     */
    private static List<Object> listing(Object doc) {
        if (doc instanceof Session s) {
            return java.util.Arrays.asList(s.number(), s.title(), s.when(), s.duration(), s.description(),
                    s.topicIds(), language(s));
        } else if (doc instanceof Topic t) {
            return java.util.Arrays.asList(t.title(), t.description(), language(t));
        } else if (doc instanceof Recommendation r) {
            return java.util.Arrays.asList(r.title(), r.description(), r.level(), r.adaptation(),
                    r.countries().stream().map(Located::value).toList(), language(r));
        } else if (doc instanceof Page p) {
            return java.util.Arrays.asList(p.title(), p.description(),
                    p.programmes().stream().map(Located::value).toList(), language(p));
        }
        return java.util.Arrays.asList(doc);
    }

    private static String language(Object doc) {
        return Documents.origin(doc).textLanguage();
    }

    static Set<DocKey> keys(Object doc) {
        return Set.of(Documents.key(doc));
    }
}
