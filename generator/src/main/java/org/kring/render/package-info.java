/**
 * What the web and print renderers share: URLs ({@link org.kring.render.Router}), Markdown to HTML,
 * FreeMarker templates with a site's own overrides, and the names templates know content by.
 */
package org.kring.render;
