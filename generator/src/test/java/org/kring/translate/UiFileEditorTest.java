package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kring.Problems;
import org.kring.i18n.UiTableReader;
import org.kring.model.SourceFile;

/** A team's ui.yml keeps its comments, order and style when an import sets strings in it. */
class UiFileEditorTest {

    private static Map<String, String> values(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, String> read(String text) {
        Problems p = new Problems();
        Map<String, String> m = UiTableReader.read("nl", new SourceFile(Path.of("ui.yml"), "ui.yml", text), p).strings();
        assertEquals(java.util.List.of(), p.sorted());
        return m;
    }

    @Test
    void aStringTheFileHasIsReplacedWhereItStands() {
        String text = "# Dutch\nnav:\n  label: Hoofdmenu   # the menu\n  home: Home\n\nminutes: \"{n, plural, one {# minuut} "
                + "other {# minuten}}\"\nquote: 'it''s'\n";
        String out = UiFileEditor.set(text, values("nav.home", "Start", "minutes",
                "{n, plural, one {één minuut} other {# minuten}}", "quote", "l'eau", "nav.label", "Menu: kies"));
        assertEquals("# Dutch\nnav:\n  label: \"Menu: kies\"   # the menu\n  home: Start\n\nminutes: \"{n, plural, one "
                + "{één minuut} other {# minuten}}\"\nquote: 'l''eau'\n", out);
    }

    @Test
    void aNewStringGoesAtTheEndOfItsGroupInTheFilesIndentation() {
        String text = "nav:\n    label: Menu\n    home: Start\n# footer strings\nfooter:\n    about: Over\n";
        String out = UiFileEditor.set(text, values("nav.skip", "Overslaan", "footer.note", "Gemaakt met Kring",
                "session.agenda", "Programma", "session.plan", "Plan {n}"));
        assertEquals("nav:\n    label: Menu\n    home: Start\n    skip: Overslaan\n# footer strings\nfooter:\n    about: Over\n"
                + "    note: Gemaakt met Kring\n\nsession:\n    agenda: Programma\n    plan: Plan {n}\n", out);
        assertEquals("Plan {n}", read(out).get("session.plan"));
    }

    @Test
    void aNewFileAndAFileWithoutAFinalLineBreak() {
        assertEquals("# header\n\nsession:\n  agenda: Programma\nskip: Naar de inhoud\n",
                UiFileEditor.set("# header\n", values("session.agenda", "Programma", "skip", "Naar de inhoud")));
        assertEquals("a:\n  b: x\n  c: y\n", UiFileEditor.set("a:\n  b: x", values("a.c", "y")));
        assertEquals("a: x\nb: \"{n} min\"\n", UiFileEditor.set("a: x", values("b", "{n} min")));
    }

    @Test
    void flatAndFlowStylesAndBlockTextsReadBackTheSame() {
        String text = "session.agenda: Agenda\nnav: {home: Home, label: Menu}\nlong: |\n  Een lange\n  tekst\nend: x\n";
        String out = UiFileEditor.set(text, values("session.agenda", "Programma", "nav.home", "Start, nu",
                "long", "Kort", "nav.skip", "Overslaan"));
        Map<String, String> m = read(out);
        assertEquals("Programma", m.get("session.agenda"));
        assertEquals("Start, nu", m.get("nav.home"));
        assertEquals("Menu", m.get("nav.label"));
        assertEquals("Kort", m.get("long"));
        assertEquals("Overslaan", m.get("nav.skip"));
        assertEquals("x", m.get("end"));
        assertEquals("session.agenda: Programma\nnav: {home: \"Start, nu\", label: Menu}\nlong: Kort\nend: x\nnav.skip: Overslaan\n",
                out);
    }

    @Test
    void textOutsideTheBasicPlaneAndAwkwardCharactersStayExact() {
        String text = "smile: \"😀 lach\"\nafter: Na\n";
        String out = UiFileEditor.set(text, values("after", "Daarna: \"quote\" \\ back\ttab", "smile", "😀😀"));
        Map<String, String> m = read(out);
        assertEquals("😀😀", m.get("smile"));
        assertEquals("Daarna: \"quote\" \\ back\ttab", m.get("after"));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UiFileEditor.set("- a\n- b\n", values("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> UiFileEditor.set("a: \"open\n", values("a", "b")));
    }
}
