package org.kring;

import java.util.Map;

/** {@link TinySite} with a small two-day course in English and Dutch, for the course tests. */
public final class TinyCourse {
    private TinyCourse() {
    }

    public static final String COURSE = """
            ---
            title: Facilitator training
            description: A short course for new facilitators.
            audience: Midwives who will lead groups.
            accreditation: Six points with the midwives' register (an example).
            languages: [en, nl]
            days:
              - title: The model
                start: "09:00"
                end: "13:00"
                blocks:
                  - module: model
                    minutes: 60
                  - break: 15
                  - practice: session:p/1
                    minutes: 60
                    title: Practise the first meeting
                  - lunch: 30
                  - module: skills
                    minutes: 45
              - start: "10:00"
                blocks:
                  - practice: topic:food
                    minutes: 30
            ---
            Welcome to the training.
            """;

    public static Map<String, String> files() {
        Map<String, String> f = TinySite.files();
        f.put("content/courses/t/index.md", COURSE);
        f.put("content/courses/t/model.md", """
                ---
                title: The group care model
                description: What group care is and why it works.
                objectives:
                  - Name the three parts of group care.
                materials:
                  - Flip chart
                ---
                ## The circle

                Everyone sits in one circle.

                ::: trainer
                Ask the trainees to move the chairs themselves. Trainer note one.
                :::

                ::: exercise Move the chairs
                1. Put the chairs in a circle.
                :::

                ::: slides
                - The three parts
                :::

                ::: handout The three parts
                Health checks, learning together, a group that supports itself.
                :::
                """);
        f.put("content/courses/t/skills.md", """
                ---
                title: Asking open questions
                description: Questions that start a conversation.
                objectives:
                  - Turn a closed question into an open one.
                ---
                Open questions begin with what, how or why.

                ::: trainer
                Trainer note two: give each pair a card with a closed question.
                :::
                """);
        f.put("translations/nl/courses/t/index.md", """
                ---
                title: Training voor begeleiders
                description: Een korte cursus voor nieuwe begeleiders.
                audience: Verloskundigen die groepen gaan begeleiden.
                accreditation: Zes punten in het register (een voorbeeld).
                days:
                  - title: Het model
                    blocks:
                      - {}
                      - {}
                      - title: De eerste bijeenkomst oefenen
                      - {}
                      - {}
                  - blocks:
                      - {}
                ---
                Welkom bij de training.
                """);
        f.put("translations/nl/courses/t/model.md", """
                ---
                title: Het model van groepszorg
                description: Wat groepszorg is en waarom het werkt.
                objectives:
                  - Noem de drie delen van groepszorg.
                materials:
                  - Flap-over
                ---
                ## De kring

                Iedereen zit in één kring.

                ::: trainer
                Laat de cursisten zelf de stoelen verzetten. Trainersnotitie een.
                :::

                ::: exercise Zet de stoelen neer
                1. Zet de stoelen in een kring.
                :::

                ::: slides
                - De drie delen
                :::

                ::: handout De drie delen
                Gezondheidscontroles, samen leren, een groep die elkaar steunt.
                :::
                """);
        return f;
    }
}
