package org.kring.model;

/**
 * The licence the materials are published under (site.yml {@code licence}), so that country teams know what
 * they may adapt: shown on every page and PDF and written into each PDF's metadata.
 *
 * @param name what readers know it by, such as "CC BY-SA 4.0"
 * @param url  the licence's text, an absolute http(s) address
 */
public record Licence(String name, String url) {
}
