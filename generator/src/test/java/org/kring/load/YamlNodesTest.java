package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.segment.TranslationRecord;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Kring's limits on YAML, met where the parser's events pass: exactly where they lie, and with the line. */
class YamlNodesTest {
    @TempDir
    Path tmp;

    private static YamlNodes.LimitException refused(String yaml) {
        return assertThrows(YamlNodes.LimitException.class, () -> YamlNodes.compose(yaml));
    }

    @Test
    void twentyLevelsAreAllowedTwentyOneAreNotWithTheirPlace() {
        // The file's own mapping is the first level.
        assertTrue(YamlNodes.compose("k: " + "[".repeat(19) + "]".repeat(19)) instanceof MappingNode);
        YamlNodes.LimitException e = refused("a: 1\nk: " + "[".repeat(20) + "]".repeat(20));
        assertEquals(1, e.getProblemMark().getLine());
        assertEquals(3 + 19, e.getProblemMark().getColumn());
        assertEquals("lists and mappings nest more than 20 deep here; Kring allows up to 20", e.getProblem());
    }

    @Test
    void aliasesOfCollectionsAreCountedAliasesOfTextAreNot() {
        String twenty = "a: &a [x]\nb: [" + "*a, ".repeat(19) + "*a]\n";
        assertTrue(YamlNodes.compose(twenty) instanceof MappingNode);
        YamlNodes.LimitException e = refused(twenty + "c: *a\n");
        assertEquals(2, e.getProblemMark().getLine());
        assertTrue(YamlNodes.compose("a: &a x\nb: [" + "*a, ".repeat(999) + "*a]\n") instanceof MappingNode);
    }

    @Test
    void anAliasInsideWhatItNamesIsALoopAnAliasOfAnAnchorUsedAgainIsNot() {
        assertEquals("alias '*x' is inside the list or mapping it names, which would then contain itself without end",
                refused("a: &x\n  b: [1, *x]\n").getProblem());
        assertEquals(1, refused("a: &x\n  b: [1, *x]\n").getProblemMark().getLine());
        assertTrue(refused("a: &x {b: &y [c, {d: *x}]}\n").getProblem().startsWith("alias '*x'"));
        // The outer list is named x, but by the time of the alias x names the inner, closed list.
        assertTrue(YamlNodes.compose("a: &x [1, &x [2], *x]\n") instanceof MappingNode);
        assertEquals(Map.of("a", List.of(1, 2), "b", List.of(1, 2)), YamlNodes.load("a: &x [1, 2]\nb: *x\n"));
    }

    @Test
    void aTranslationRecordWithALoopIsReadAsNoRecord() throws Exception {
        Path record = tmp.resolve("r.yml");
        Files.writeString(record, "source: topics/food.md\nadapted: false\nsegments:\n  - key: &k [a, *k]\n    source: x\n");
        assertNull(TranslationRecord.read(record));
    }
}
