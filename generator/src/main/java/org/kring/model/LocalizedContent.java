package org.kring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kring.i18n.UiStrings;

/**
 * All content in one language, each piece either translated or taken from the language's fallback chain
 * (then its {@link Origin#fallback()} is true). Immutable; built once per build and shared by every renderer.
 */
public final class LocalizedContent {
    private final Language language;
    private final UiStrings ui;
    private final Map<String, Page> pages;
    private final Map<String, Programme> programmes;
    private final Map<String, Topic> topics;
    private final Map<String, Recommendation> recommendations;
    private final Map<String, List<Session>> sessionsByTopic;
    private final Map<String, Course> courses;

    public LocalizedContent(Language language, UiStrings ui, List<Page> pages, List<Programme> programmes,
            List<Topic> topics, List<Recommendation> recommendations, List<Course> courses,
            Comparator<String> collator) {
        this.language = language;
        this.courses = index(courses.stream().sorted(Comparator.comparing(Course::title, collator)).toList(),
                Course::id);
        this.ui = ui;
        this.pages = index(pages, Page::id);
        this.programmes = index(programmes, Programme::id);
        this.topics = index(topics.stream().sorted(Comparator.comparing(Topic::title, collator)).toList(), Topic::id);
        this.recommendations = index(recommendations.stream()
                .sorted(Comparator.comparing(Recommendation::level).thenComparing(Recommendation::title, collator))
                .toList(), Recommendation::id);
        Map<String, List<Session>> byTopic = new LinkedHashMap<>();
        for (Programme p : programmes) {
            for (Session s : p.sessions()) {
                for (String t : s.topicIds()) {
                    byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
                }
            }
        }
        byTopic.replaceAll((k, v) -> List.copyOf(v));
        this.sessionsByTopic = byTopic;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T item : items) {
            m.put(id.apply(item), item);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public Language language() {
        return language;
    }

    public String code() {
        return language.code();
    }

    public UiStrings ui() {
        return ui;
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public Page page(String id) {
        return pages.get(id);
    }

    /** Country pages, in the order of their titles. */
    public List<Page> countries() {
        return pages.values().stream().filter(Page::isCountry).sorted(Comparator.comparing(Page::title)).toList();
    }

    public List<Programme> programmes() {
        return List.copyOf(programmes.values());
    }

    public Programme programme(String id) {
        return programmes.get(id);
    }

    public Session session(String programmeId, int number) {
        Programme p = programmes.get(programmeId);
        if (p == null) {
            return null;
        }
        // Sessions are in number order: a programme of hundreds is searched, not walked, for every link to one.
        List<Session> sessions = p.sessions();
        int low = 0;
        int high = sessions.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int n = sessions.get(mid).number();
            if (n < number) {
                low = mid + 1;
            } else if (n > number) {
                high = mid - 1;
            } else {
                return sessions.get(mid);
            }
        }
        for (Session s : sessions) {
            if (s.number() == number) {
                return s; // a programme whose numbers are not in order yet (the validator says so)
            }
        }
        return null;
    }

    /** Topics in the alphabetical order of this language. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Topic topic(String id) {
        return topics.get(id);
    }

    /** Recommendations by level, then alphabetically. */
    public List<Recommendation> recommendations() {
        return List.copyOf(recommendations.values());
    }

    public List<Recommendation> recommendations(Level level) {
        return recommendations.values().stream().filter(r -> r.level() == level).toList();
    }

    public Recommendation recommendation(String id) {
        return recommendations.get(id);
    }

    /** The sessions (of every programme) that discuss a topic, in programme and session order. */
    public List<Session> sessionsUsing(String topicId) {
        return sessionsByTopic.getOrDefault(topicId, List.of());
    }

    /** Courses in the alphabetical order of this language. */
    public List<Course> courses() {
        return List.copyOf(courses.values());
    }

    public Course course(String id) {
        return courses.get(id);
    }

    /**
     * Every piece of content: pages, each programme followed by its sessions, topics, recommendations, each
     * course followed by its modules.
     */
    public List<Content> documents() {
        List<Content> out = new java.util.ArrayList<>(pages());
        for (Programme p : programmes()) {
            out.add(p);
            out.addAll(p.sessions());
        }
        out.addAll(topics.values());
        out.addAll(recommendations.values());
        for (Course c : courses.values()) {
            out.add(c);
            out.addAll(c.modules());
        }
        return out;
    }

    /** What a course block leads to in this language: its module, or the session guide or topic practised. */
    public Content blockTarget(Course course, CourseBlock block) {
        if (block.kind() == CourseBlock.Kind.MODULE && block.target() != null) {
            return course.module(block.target().value());
        }
        Ref ref = block.ref();
        return ref == null ? null : find(ref.key());
    }

    /** The content a key names, or null. */
    public Content find(DocKey key) {
        return switch (key.kind()) {
            case PAGE -> pages.get(key.id());
            case PROGRAMME -> programmes.get(key.id());
            case TOPIC -> topics.get(key.id());
            case RECOMMENDATION -> recommendations.get(key.id());
            case SESSION -> {
                int slash = key.id().indexOf('/');
                if (slash < 0) {
                    yield null;
                }
                try {
                    yield session(key.id().substring(0, slash), Integer.parseInt(key.id().substring(slash + 1)));
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case COURSE -> courses.get(key.id());
            case MODULE -> {
                int slash = key.id().indexOf('/');
                Course c = slash < 0 ? null : courses.get(key.id().substring(0, slash));
                yield c == null ? null : c.module(key.id().substring(slash + 1));
            }
        };
    }
}
