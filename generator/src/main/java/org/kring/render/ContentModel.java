package org.kring.render;

import java.util.HashMap;
import java.util.Map;

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
 * The names a page's or a PDF's template knows its content by, besides {@code doc}: a session page also has
 * its {@code programme}, a module page its {@code course} and its {@code schedule}. Web and print templates
 * get the same names.
 */
public final class ContentModel implements Content.Visitor<Map<String, Object>> {
    private final LocalizedContent locale;

    private ContentModel(LocalizedContent locale) {
        this.locale = locale;
    }

    /** The template names for {@code doc} in {@code locale}; empty for list pages without content. */
    public static Map<String, Object> of(Content doc, LocalizedContent locale) {
        return doc == null ? Map.of() : doc.accept(new ContentModel(locale));
    }

    @Override
    public Map<String, Object> page(Page page) {
        return Map.of(); // templates use doc
    }

    @Override
    public Map<String, Object> programme(Programme programme) {
        return Map.of("programme", programme);
    }

    @Override
    public Map<String, Object> session(Session session) {
        Map<String, Object> m = new HashMap<>();
        m.put("session", session);
        m.put("programme", locale.programme(session.programmeId()));
        return m;
    }

    @Override
    public Map<String, Object> topic(Topic topic) {
        return Map.of();
    }

    @Override
    public Map<String, Object> recommendation(Recommendation recommendation) {
        return Map.of();
    }

    @Override
    public Map<String, Object> course(Course course) {
        return Map.of("course", course, "schedule", course.schedule());
    }

    @Override
    public Map<String, Object> module(Module module) {
        Course c = locale.course(module.courseId());
        return Map.of("course", c, "module", module, "schedule", c.schedule());
    }
}
