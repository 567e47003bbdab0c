/**
 * The website: every page of every language through its template, in parallel, and the site-wide files
 * (language chooser, 404, sitemap, fingerprinted assets).
 */
package org.kring.render.web;
