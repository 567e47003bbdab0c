package org.kring.model;

/**
 * The bodies {@code kring new} starts each kind of file with. Their bracketed texts, like the bracketed
 * examples of each kind's {@link Schema}, are placeholders for the author to replace: the scaffold writes them,
 * and the validator warns about any still left in a file, so none is ever published or printed.
 */
public final class Skeletons {
    /**
     * What an imported lesson's facilitators bring: not in a lesson's episodes, so {@code kring import} writes this
     * and check warns about it until someone writes their own.
     */
    public static final String IMPORTED_MATERIALS = "(What the lesson's setup instructions ask each participant to "
            + "bring or install: write it here.)";

    private Skeletons() {
    }

    /** The agenda's discussion, in a new session's front matter and as the heading of its part of the body. */
    public static final String DISCUSSION = "(The discussion)";

    public static final String SESSION = """

            ## Arrival and self-checks

            (What happens while people arrive.)

            ::: facilitator
            (Notes only for the facilitators: what to prepare, what to watch for.)
            :::

            ## Opening circle

            (How the group starts.)

            ## (The discussion)

            (Questions to ask the group. Link topics like this: [eating well](topic:nutrition).)

            ## Closing circle

            ::: participant
            (What participants take home: a short summary and something to try this week.)
            :::
            """;

    public static final String TOPIC = """

            (Background for the facilitator: what parents often believe, what the evidence says.)

            ::: activity (A title)
            (A way to make this topic interactive.)
            :::
            """;

    public static final String RECOMMENDATION = """

            ## Why it matters

            (Why.)

            ## How to do it

            - (A step.)
            """;

    public static final String PAGE = """

            (The text of the page.)
            """;

    public static final String COURSE = """

            (A welcome for the trainees, shown on the course page.)
            """;

    public static final String MODULE = """

            ## (A part of the module)

            (What the trainer explains or shows.)

            ::: trainer
            (Notes only for the trainer: timing, what to watch for, how to debrief. Left out of the trainee's
            edition of the course pack.)
            :::

            ::: exercise (A title)
            1. (A step, with its minutes.)
            :::

            ::: slides
            - (A slide: its title and a few words.)
            :::

            ::: handout (A title)
            (What trainees take home.)
            :::
            """;

    /** Every body, for the check that looks for their placeholders. */
    public static java.util.List<String> all() {
        return java.util.List.of(SESSION, TOPIC, RECOMMENDATION, PAGE, COURSE, MODULE);
    }
}
