package org.kring.model;

import java.util.Arrays;
import java.util.List;

/**
 * A training module of a course (e.g. facilitation skills), in one language. Its body holds the
 * exercises, the slides outline and handouts; {@code ::: trainer} blocks are left out of the trainee edition.
 *
 * @param courseId the course it belongs to
 */
public record Module(DocKey key, String courseId, String id, String title, String description, List<String> objectives,
        List<String> materials, Markdown body, Origin origin, FieldValues fields) implements Content {

    @Override
    public Module withOrigin(Origin o) {
        return new Module(key, courseId, id, title, description, objectives, materials, body, o, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.module(this);
    }

    /** Its title is in its course's schedule and every module page's list: any change shows there. */
    @Override
    public List<Object> listing() {
        return Arrays.asList(this);
    }
}
