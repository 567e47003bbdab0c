package org.kring.render.web;

import java.util.Map;

import org.kring.i18n.UiStrings;
import org.kring.model.Programme;
import org.kring.model.Session;
import org.kring.render.Router;

/**
 * A rendered page as a search result: its title as the page shows it, and what it is in the reader's language
 * ("Session 3 of Group pregnancy care", "Discussion topic"), so a result list of similar titles can be told apart.
 * Reuses the interface strings the pages already show where there is one (a session's eyebrow, a course's).
 */
final class SearchEntries {
    private SearchEntries() {
    }

    static SearchIndex.Entry of(WebRenderer.Rendered page, String path) {
        PageView view = page.view();
        return new SearchIndex.Entry(view.title(), kind(page), Router.file(path), SearchIndex.text(page.html()),
                view.fallback() ? view.textLang() : null);
    }

    private static String kind(WebRenderer.Rendered page) {
        UiStrings ui = page.locale().ui();
        return switch (page.kind()) {
            case "session" -> {
                Session s = (Session) page.doc();
                Programme p = page.locale().programme(s.programmeId());
                yield ui.format("session.of_programme", Map.of("n", s.number(), "programme",
                        p == null ? s.programmeId() : p.title()));
            }
            case "topic" -> ui.get("search.kind_topic");
            case "recommendation" -> ui.get("search.kind_recommendation");
            case "programme" -> ui.get("search.kind_programme");
            case "country" -> ui.get("search.kind_country");
            case "course" -> ui.get("course.eyebrow");
            case "module" -> ui.get("course.module");
            default -> ui.get("search.kind_page");
        };
    }
}
