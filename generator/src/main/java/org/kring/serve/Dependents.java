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
import org.kring.model.Content;
import org.kring.model.Course;
import org.kring.model.Module;
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
 * where each kind of content shows elsewhere: a session's title on its programme page, in the list of sessions
 * beside every session of its programme and the topics it uses; a topic's title on the topic list and the sessions using it; a
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
            List<Content> oldDocs = old.documents();
            List<Content> nowDocs = now.documents();
            if (oldDocs.size() != nowDocs.size()) {
                return null; // content added or removed: lists and neighbours change everywhere
            }
            Map<DocKey, Content> a = index(oldDocs, files);
            Map<DocKey, Content> b = index(nowDocs, files);
            if (!a.keySet().equals(b.keySet())) {
                return null;
            }
            String lang = now.code();
            for (Map.Entry<DocKey, Content> e : b.entrySet()) {
                Content was = a.get(e.getKey());
                Content is = e.getValue();
                if (same(was, is)) {
                    continue;
                }
                DocKey key = e.getKey();
                if (nav.contains(key)) {
                    return null; // its title is in every page's menu
                }
                pages.add(new PageRef(lang, key));
                if (was.listing().equals(is.listing())) {
                    continue; // only its own page shows what changed
                }
                for (Course c : now.courses()) {
                    if (c.days().stream().flatMap(d -> d.blocks().stream())
                            .anyMatch(bl -> bl.ref() != null && bl.ref().key().equals(key))) {
                        pages.add(new PageRef(lang, c.key())); // its schedule names what is practised
                    }
                }
                Set<DocKey> shown = is.accept(new ShownOn(now, was));
                if (shown == null) {
                    return null;
                }
                for (DocKey k : shown) {
                    pages.add(new PageRef(lang, k));
                }
            }
        }
        return pages;
    }

    /**
     * The other pages that show what {@link Content#listing()} names of a piece of content, or null when
     * every page must be rendered again.
     */
    private static final class ShownOn implements Content.Visitor<Set<DocKey>> {
        private final LocalizedContent now;
        private final Content was;

        ShownOn(LocalizedContent now, Content was) {
            this.now = now;
            this.was = was;
        }

        @Override
        public Set<DocKey> session(Session s) {
            Session w = (Session) was;
            if (w.number() != s.number()) {
                return null; // another order: every neighbour and list changes
            }
            Set<DocKey> out = new HashSet<>();
            out.add(new DocKey(ContentKind.PROGRAMME, s.programmeId()));
            out.add(Dependents.page("downloads"));
            // Every session page lists the programme's sessions beside the guide (and links its neighbours).
            for (Session other : now.programme(s.programmeId()).sessions()) {
                out.add(other.key());
            }
            for (String t : s.topicIds()) {
                out.add(new DocKey(ContentKind.TOPIC, t));
            }
            for (String t : w.topicIds()) {
                out.add(new DocKey(ContentKind.TOPIC, t));
            }
            return out;
        }

        @Override
        public Set<DocKey> topic(Topic t) {
            Set<DocKey> out = new HashSet<>();
            out.add(Dependents.page("topics"));
            for (Session s : now.sessionsUsing(t.id())) {
                out.add(s.key());
            }
            return out;
        }

        @Override
        public Set<DocKey> recommendation(Recommendation r) {
            return Set.of(Dependents.page("recommendations"));
        }

        @Override
        public Set<DocKey> page(Page p) {
            Set<DocKey> out = new HashSet<>();
            if (p.isCountry()) {
                out.add(Dependents.page("countries"));
                String country = p.id().substring("countries/".length());
                for (Recommendation r : now.recommendations()) {
                    if (r.countries().stream().anyMatch(c -> c.value().equals(country))) {
                        out.add(r.key());
                    }
                }
            }
            return out;
        }

        /** A programme's, course's or module's title is in menus, breadcrumbs or schedules on many pages. */
        @Override
        public Set<DocKey> programme(Programme p) {
            return null;
        }

        @Override
        public Set<DocKey> course(Course c) {
            return null;
        }

        @Override
        public Set<DocKey> module(Module m) {
            return null;
        }
    }

    private static DocKey page(String id) {
        return new DocKey(ContentKind.PAGE, id);
    }

    /** Programmes compare without their sessions: a session's change is followed separately. */
    private static boolean same(Content a, Content b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Programme p && b instanceof Programme q) {
            return p.withSessions(List.of()).equals(q.withSessions(List.of()))
                    && p.sessions().size() == q.sessions().size();
        }
        return Objects.equals(a, b);
    }

    private static boolean sameStrings(LocalizedContent a, LocalizedContent b) {
        return a.ui().tables().equals(b.ui().tables());
    }

    private static Map<DocKey, Content> index(List<Content> docs, Set<String> files) {
        Map<DocKey, Content> m = new HashMap<>();
        for (Content doc : docs) {
            if (files.contains(doc.file().name())) {
                m.put(doc.key(), doc);
            }
        }
        return m;
    }
}
