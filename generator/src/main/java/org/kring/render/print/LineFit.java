package org.kring.render.print;

/**
 * Text that must stay on its line (a participant's name on a certificate, the trainer's under the signature
 * line) is marked {@code data-fit-min="12"} by its template: the smallest type size, in points, it may be set
 * in. Before printing, the browser measures each such line with the fonts and shaping it prints with, and a
 * line wider than its box is set smaller in proportion, never below its smallest size. A text too long even
 * then breaks over lines (print.css lets such a word break anywhere), so a name is never cut off at the
 * page's edge. Reads and writes of the layout are batched: three layouts per page, however many names.
 */
final class LineFit {
    static final String ATTRIBUTE = "data-fit-min";

    /** The script, run in the page before printing. */
    static final String SCRIPT = """
            (() => {
              const lines = [...document.querySelectorAll('[data-fit-min]')];
              lines.forEach(e => { e.style.whiteSpace = 'nowrap'; });
              const sizes = lines.map(e => {
                const wide = e.scrollWidth, room = e.clientWidth;
                if (wide <= room + 0.5 || room <= 0) {
                  return 0;
                }
                const size = parseFloat(getComputedStyle(e).fontSize);
                const min = parseFloat(e.getAttribute('data-fit-min')) * 96 / 72;
                return Math.max(min, Math.floor(size * room / wide * 0.98 * 4) / 4);
              });
              lines.forEach((e, i) => { if (sizes[i] > 0) { e.style.fontSize = sizes[i] + 'px'; } });
              const still = lines.filter(e => e.scrollWidth > e.clientWidth + 0.5);
              still.forEach(e => { e.style.whiteSpace = ''; });
              return still.length;
            })()""";

    private LineFit() {
    }
}
