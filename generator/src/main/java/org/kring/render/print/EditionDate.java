package org.kring.render.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kring.model.Content;
import org.kring.model.Course;
import org.kring.model.LocalizedContent;
import org.kring.model.Module;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Session;
import org.kring.model.Topic;

/**
 * The date a printed document's edition carries: the newest {@code reviewed} date of everything it prints (a
 * manual: the programme, its sessions and their topics). It comes from the content, never from the clock, so
 * the same sources print the same cover on any day and any machine.
 */
final class EditionDate implements Content.Visitor<List<Content>> {
    private final LocalizedContent locale;

    private EditionDate(LocalizedContent locale) {
        this.locale = locale;
    }

    /**
     * @param doc what the PDF is of; null for the recommendations booklet
     * @param config whose {@code reviewed} date stands for every printed text without one of its own
     * @return the newest review date, or null when nothing printed has one
     */
    static LocalDate of(Content doc, LocalizedContent locale, org.kring.model.SiteConfig config) {
        List<Content> printed = doc == null ? List.copyOf(locale.recommendations())
                : doc.accept(new EditionDate(locale));
        LocalDate newest = null;
        for (Content c : printed) {
            LocalDate d = config.reviewed(c.fields().date("reviewed"));
            if (d != null && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        return newest;
    }

    @Override
    public List<Content> page(Page page) {
        return List.of(page);
    }

    @Override
    public List<Content> programme(Programme programme) {
        List<Content> out = new ArrayList<>();
        out.add(programme);
        programme.sessions().forEach(s -> out.addAll(session(s)));
        return out;
    }

    @Override
    public List<Content> session(Session session) {
        List<Content> out = new ArrayList<>();
        out.add(session);
        for (String id : session.topicIds()) {
            Topic t = locale.topic(id);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public List<Content> topic(Topic topic) {
        return List.of(topic);
    }

    @Override
    public List<Content> recommendation(Recommendation recommendation) {
        return List.of(recommendation);
    }

    /** A course pack: the course, its modules and the guides and topics its trainees practise. */
    @Override
    public List<Content> course(Course course) {
        List<Content> out = new ArrayList<>();
        out.add(course);
        out.addAll(course.modules());
        for (Content practised : PrintRenderer.practised(locale, course)) {
            out.addAll(practised.accept(this));
        }
        return out;
    }

    @Override
    public List<Content> module(Module module) {
        return List.of(module);
    }
}
