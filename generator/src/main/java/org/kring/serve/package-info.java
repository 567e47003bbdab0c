/**
 * {@code kring serve}: the preview. A site kept in memory, files watched, only the pages an edit can
 * change rendered again, and a guarded local web server that tells open pages to reload.
 */
package org.kring.serve;
