package org.kring.render.web;

/**
 * One entry of the main menu. {@code current} marks the section the page belongs to; {@code lang} is the
 * language of the title when it is not the page's (an untranslated page), else null.
 */
public record NavItem(String title, String href, boolean current, String lang) {
}
