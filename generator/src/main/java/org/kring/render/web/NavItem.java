package org.kring.render.web;

/** One entry of the main menu. {@code current} marks the section the page belongs to. */
public record NavItem(String title, String href, boolean current) {
}
