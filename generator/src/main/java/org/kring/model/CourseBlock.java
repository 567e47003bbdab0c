package org.kring.model;

/**
 * One block of a course day: a training module, practising a session guide or topic, a break or lunch.
 *
 * @param target the module id (for a module) or the content link (for practice, e.g. {@code session:pregnancy/3}),
 *               with its place in the file; null for breaks
 * @param title  a title of the block's own, or null (modules and practice show their content's title,
 *               breaks the word for a break)
 * @param line   the block's line in the course file
 */
public record CourseBlock(Kind kind, Located<String> target, String title, int minutes, int line) {

    public enum Kind {
        MODULE, PRACTICE, BREAK, LUNCH;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Breaks and lunch interrupt a stretch of teaching; modules and practice are teaching time. */
        public boolean isPause() {
            return this == BREAK || this == LUNCH;
        }
    }

    /** The linked content of a practice block, or null. */
    public Ref ref() {
        return kind == Kind.PRACTICE && target != null ? Ref.parse(target.value()) : null;
    }
}
