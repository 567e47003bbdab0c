package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kring check}: one broken input per rule, each giving exactly one error with the expected
 * {@code file:line:column}; the example curriculum is clean.
 */
class CheckTest {
    @TempDir
    Path tmp;

    private static List<Problem> check(Path site) {
        return Kring.check(new BuildOptions(site, null, List.of(), null, true, null));
    }

    private static List<String> errors(Path site) {
        return check(site).stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    /** A translation team's mistake in the structure must not stop the source language's site: a warning. */
    @Test
    void structureChangedInATranslationIsAWarningAndTheSourceWins() {
        Map<String, String> files = TinySite.files();
        String file = "translations/nl/programmes/p/01-first.md";
        files.put(file, files.get("content/programmes/p/01-first.md").replace("number: 1", "number: 2"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        assertEquals(List.of(), errors(site));
        assertEquals(List.of(file + ":3: warning: 'number' belongs to the structure and comes from the source (1); "
                + "the translation's value is ignored: leave it out of the translation"),
                check(site).stream().filter(p -> p.file().equals(file)).map(Problem::toString).toList());
    }

    @Test
    void theTinySiteAndTheExampleAreClean() {
        assertEquals(List.of(), errors(TinySite.write(tmp.resolve("tiny"))));
        List<Problem> example = check(TestSites.repo());
        assertEquals(List.of(), example, "the example curriculum has no errors and no warnings");
    }

    static Stream<Arguments> rules() {
        Map<String, String> base = TinySite.files();
        String session = base.get("content/programmes/p/01-first.md");
        String topic = base.get("content/topics/food.md");
        return Stream.of(
                Arguments.of("unknown site.yml key", "site.yml", base.get("site.yml") + "navigaton: []\n",
                        "site.yml:9:1: error: unknown key 'navigaton' in site.yml (did you mean 'navigation'?)"),
                Arguments.of("unknown front matter key", "content/topics/food.md",
                        topic.replace("key_messages:", "refer_wen: [Bleeding]\nkey_messages:"),
                        "content/topics/food.md:6:1: error: unknown key 'refer_wen' in a topic (did you mean 'refer_when'?)"),
                Arguments.of("duplicate page", "content/about/index.md", "---\ntitle: Also about\n---\n",
                        "content/about/index.md: error: page 'about' is also defined by content/about.md; keep one of the two"),
                Arguments.of("duplicate session number", "content/programmes/p/02-second.md",
                        session.replace("title: First meeting", "title: Second"),
                        "content/programmes/p/02-second.md:3: error: session number 1 is also used by content/programmes/p/01-first.md"),
                Arguments.of("unknown topic", "content/programmes/p/01-first.md",
                        session.replace("topics: [food]", "topics: [fod]"),
                        "content/programmes/p/01-first.md:15:10: error: unknown topic 'fod' (did you mean 'food'?)"),
                Arguments.of("unknown session link", "content/programmes/p/01-first.md",
                        session.replace("Talk about", "See [later](session:p/9). Talk about"),
                        "content/programmes/p/01-first.md:19:5: error: unknown session 'p/9' in link 'session:p/9' (did you mean 'p/1'?)"),
                Arguments.of("missing anchor", "content/programmes/p/01-first.md",
                        session.replace("(topic:food)", "(topic:food#nowhere)"),
                        "content/programmes/p/01-first.md:19:12: error: anchor '#nowhere' does not exist in topic:food (en, nl)"),
                Arguments.of("broken relative link", "content/about.md",
                        "---\ntitle: About\n---\n\nSee [the plan](plan.md).\n",
                        "content/about.md:5:5: error: link target not found: plan.md; link to content with topic:ID, session:PROGRAMME/NUMBER, page:ID or a .md file"),
                Arguments.of("missing picture", "content/programmes/p/01-first.md",
                        session.replace("images/c.svg", "images/d.svg"),
                        "content/programmes/p/01-first.md:21:1: error: picture not found: images/d.svg (looked for content/programmes/p/images/d.svg)"),
                Arguments.of("picture without alt text", "content/programmes/p/01-first.md",
                        session.replace("[A circle of chairs]", "[]"),
                        "content/programmes/p/01-first.md:21:1: error: picture 'images/c.svg' has no alt text: write what it shows between the brackets, ![like this](...)"),
                Arguments.of("agenda does not add up", "content/programmes/p/01-first.md",
                        session.replace("minutes: 30\n    activity: Talk", "minutes: 25\n    activity: Talk"),
                        "content/programmes/p/01-first.md:10: error: agenda minutes add up to 55 but the session's duration is 60 (5 minutes short)"),
                Arguments.of("translation that does not parse", "translations/nl/topics/food.md",
                        base.get("translations/nl/topics/food.md").replace("title: Eten", "title: [Eten"),
                        "translations/nl/topics/food.md:2:8: error: invalid YAML: while parsing a flow sequence that is never closed (expected ',' or ']', but got :)"),
                Arguments.of("interface strings that do not parse", "translations/nl/ui.yml", "nav:\n  home: \"Start\n",
                        "translations/nl/ui.yml:2:9: error: invalid YAML: while scanning a quoted scalar that is never closed (found unexpected end of stream)"),
                Arguments.of("unsafe raw HTML", "content/about.md",
                        "---\ntitle: About\n---\n\nHello <img src=x onerror=alert(1)> there.\n",
                        "content/about.md:5:7: error: raw HTML tag <img> is not allowed (allowed: kbd, abbr, br, sub, sup, mark, small, span and simple emphasis)"),
                Arguments.of("unknown block", "content/about.md", "---\ntitle: About\n---\n\n::: facilitatr\nText.\n:::\n",
                        "content/about.md:5:1: error: unknown block '::: facilitatr'; use one of facilitator, participant, activity, refer, tip, trainer, exercise, slides, handout (did you mean 'facilitator'?)"),
                Arguments.of("unclosed block", "content/about.md", "---\ntitle: About\n---\n\n::: tip\nText.\n",
                        "content/about.md:5:1: error: block '::: tip' is not closed: add a line ':::' after its last line"),
                Arguments.of("unknown level", "content/recommendations/r.md",
                        base.get("content/recommendations/r.md").replace("level: policy", "level: polcy"),
                        "content/recommendations/r.md:3: error: 'level' must be policy, organisation, provider or participant, not 'polcy'"),
                Arguments.of("unknown country", "content/recommendations/r.md",
                        base.get("content/recommendations/r.md").replace("[ghana]", "[gana]"),
                        "content/recommendations/r.md:5:13: error: unknown country 'gana' (no content/countries/gana.md) (did you mean 'ghana'?)"),
                Arguments.of("unknown navigation item", "site.yml", base.get("site.yml").replace("page:about", "page:abut"),
                        "site.yml:8:5: error: navigation item 'page:abut' does not exist"),
                Arguments.of("edition no font can print", "site.yml", base.get("site.yml") + "edition: Edition \uD83D\uDE00\n",
                        "site.yml:9:18: error: character '\uD83D\uDE00' (U+1F600, GRINNING FACE) cannot be printed: no bundled font has it"),
                Arguments.of("character no font can print", "content/topics/food.md", topic + "\nSmile \uD83D\uDE00\n",
                        "content/topics/food.md:11:7: error: character '\uD83D\uDE00' (U+1F600, GRINNING FACE) cannot be printed: no bundled font has it"),
                Arguments.of("logo that is not there", "site.yml", base.get("site.yml") + "logo: images/logo.svg\n",
                        "site.yml:9:7: error: logo not found: images/logo.svg (looked for content/images/logo.svg)"),
                Arguments.of("logo given with content/", "site.yml", base.get("site.yml") + "logo: content/images/c.svg\n",
                        "site.yml:9:7: error: logo not found: content/images/c.svg: write its path inside content/, "
                                + "such as images/logo.svg"),
                Arguments.of("logo given from the root", "site.yml", base.get("site.yml") + "logo: /images/c.svg\n",
                        "site.yml:9:7: error: logo not found: /images/c.svg: write its path inside content/, "
                                + "such as images/logo.svg"),
                Arguments.of("logo that is not a picture", "site.yml", base.get("site.yml") + "logo: about.md\n",
                        "site.yml:9:7: error: logo 'about.md' is not a picture: give an SVG, PNG, JPEG, WebP or GIF file "
                                + "under content/, such as images/logo.svg"),
                Arguments.of("logo as a list", "site.yml", base.get("site.yml") + "logo: [images/c.svg]\n",
                        "site.yml:9:7: error: 'logo' must be a single text value"),
                Arguments.of("card picture that is not there", "content/about.md",
                        "---\ntitle: About\npicture: images/d.svg\n---\n\nAbout us.\n",
                        "content/about.md:3: error: picture not found: images/d.svg (looked for content/images/d.svg)"),
                Arguments.of("card picture that is not a picture", "content/about.md",
                        "---\ntitle: About\npicture: about.md\n---\n\nAbout us.\n",
                        "content/about.md:3: error: picture 'about.md' is not a picture: give an SVG, PNG, JPEG, WebP or "
                                + "GIF file under content/, such as images/pregnancy.svg"),
                Arguments.of("no front matter", "content/about.md", "About us.\n",
                        "content/about.md:1: error: missing front matter: the file must start with a line '---', then 'title: ...', then a line '---'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void oneBrokenInputGivesExactlyItsError(String rule, String file, String text, String expected) {
        Map<String, String> files = TinySite.files();
        files.put(file, text);
        Path site = TinySite.write(tmp.resolve("site"), files);
        assertEquals(List.of(expected), errors(site), rule);
    }

    @Test
    void everyProblemOfARunIsReportedAndSorted() {
        Map<String, String> files = TinySite.files();
        files.put("content/about.md", "---\ntitle: About\nsubtitle: x\n---\n\n<script>x()</script>\n");
        files.put("content/topics/food.md", TinySite.files().get("content/topics/food.md").replace("questions:", "qestions:"));
        List<String> errors = errors(TinySite.write(tmp.resolve("site"), files));
        assertTrue(errors.size() >= 3, errors.toString());
        assertEquals(errors.stream().sorted().toList().get(0).substring(0, 10), errors.get(0).substring(0, 10));
    }
}
