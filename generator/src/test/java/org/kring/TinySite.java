package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A small, valid site written file by file, for tests that break one thing at a time. */
public final class TinySite {
    private TinySite() {
    }

    public static Map<String, String> files() {
        Map<String, String> f = new TreeMap<>();
        f.put("site.yml", """
                title: Tiny
                source_language: en
                languages:
                  - {code: en, name: English}
                  - {code: nl, name: Nederlands}
                navigation:
                  - programme:p
                  - page:about
                """);
        f.put("content/index.md", "---\ntitle: Home\n---\n\nWelcome.\n");
        f.put("content/about.md", "---\ntitle: About\n---\n\nAbout us.\n");
        f.put("content/countries/ghana.md", "---\ntitle: Ghana\n---\n\nGroups in Ghana.\n");
        f.put("content/programmes/p/index.md", "---\ntitle: Programme P\ndescription: A programme.\n---\n\nIntro.\n");
        f.put("content/programmes/p/01-first.md", """
                ---
                title: First meeting
                number: 1
                duration: 60
                description: The first meeting.
                objectives:
                  - Know each other.
                materials:
                  - Chairs
                agenda:
                  - minutes: 30
                    activity: Arrival
                  - minutes: 30
                    activity: Talk
                topics: [food]
                ---
                ## Start

                Talk about [food](topic:food).

                ![A circle of chairs](images/c.svg)
                """);
        f.put("content/topics/food.md", """
                ---
                title: Food
                description: Eating well.
                questions:
                  - What do you eat?
                key_messages:
                  - Eat vegetables.
                ---
                Background.
                """);
        f.put("content/recommendations/r.md", """
                ---
                title: Plan ahead
                level: policy
                description: Plan the year.
                countries: [ghana]
                ---
                Why.
                """);
        f.put("content/images/c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n");
        f.put("translations/nl/topics/food.md", """
                ---
                title: Eten
                description: Gezond eten.
                questions:
                  - Wat eet je?
                key_messages:
                  - Eet groente.
                ---
                Achtergrond.
                """);
        return f;
    }

    public static Path write(Path dir) {
        return write(dir, files());
    }

    public static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
