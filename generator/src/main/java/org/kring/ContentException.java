package org.kring;

import java.util.List;

/** The input has errors the user must fix; nothing was written. Carries every problem found. */
public final class ContentException extends RuntimeException {
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
