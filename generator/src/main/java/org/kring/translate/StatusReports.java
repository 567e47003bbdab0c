package org.kring.translate;

import java.util.ArrayList;
import java.util.List;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.segment.FileAnalysis;

/** Builds a language's {@link StatusReport}: every file analysed, plus the glossary's warnings. */
public final class StatusReports {
    private StatusReports() {
    }

    public static StatusReport of(TranslationProject p, String code) {
        String name = p.language(code).name();
        Problems problems = new Problems();
        Glossary glossary = Glossary.read(p, code, problems);
        List<Problem> warnings = new ArrayList<>(problems.sorted());
        List<org.kring.segment.FileStatus> files;
        if (glossary.isEmpty()) {
            files = p.pathsFor(code).parallelStream().map(path -> p.status(code, path)).toList();
        } else {
            List<FileAnalysis> all = p.analyzeAll(code);
            for (FileAnalysis a : all) {
                warnings.addAll(glossary.check(code, a));
            }
            files = all.stream().map(FileAnalysis::status).toList();
        }
        // The interface strings count as one more file of the language, in the section "interface".
        List<org.kring.segment.FileStatus> withUi = new ArrayList<>(files);
        withUi.add(new UiStringsExchange(p).status(code));
        return new StatusReport(code, name, List.copyOf(withUi), warnings);
    }
}
