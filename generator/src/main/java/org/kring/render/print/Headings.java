package org.kring.render.print;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.kring.model.Markdown;

/** The second-level headings of a body, for the bookmarks of a manual. */
final class Headings {
    /** A bookmark: the heading's text and its anchor, with the document's prefix. */
    public record Item(String title, String id) {
    }

    private Headings() {
    }

    static List<Item> of(Markdown md, String prefix) {
        List<Item> out = new ArrayList<>();
        md.root().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = md.headingIds().get(heading);
                if (heading.getLevel() == 2 && id != null) {
                    out.add(new Item(text(heading), prefix + org.kring.render.MarkdownHtml.Scope.asciiId(id)));
                }
            }
        });
        return out;
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }
}
