package org.kring.markdown;

import java.util.Locale;

/** The kinds of {@code ::: kind} container blocks and what each means for the print editions. */
public enum ContainerKind {
    /** Only for facilitators: left out of the participant handout. */
    FACILITATOR,
    /** The parts that make up the participant handout. */
    PARTICIPANT,
    /** A group activity, usually with a title. */
    ACTIVITY,
    /** When to refer to the midwife, doctor or nurse: shown as a warning. */
    REFER,
    /** A practical hint. */
    TIP,
    /** Course modules: notes only for the trainer, left out of the trainee edition of a course pack. */
    TRAINER,
    /** Course modules: an exercise for the trainees, usually with a title. */
    EXERCISE,
    /** Course modules: the outline of the slides. */
    SLIDES,
    /** Course modules: a handout for the trainees, also collected at the end of the course pack. */
    HANDOUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContainerKind of(String id) {
        for (ContainerKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
