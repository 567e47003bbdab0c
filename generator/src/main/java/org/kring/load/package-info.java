/**
 * The load stage: finding and reading the site's files (UTF-8, line endings normalised), splitting front
 * matter from the body, and reading each file into typed content by its kind's {@link org.kring.model.Schema},
 * with every problem kept at its line.
 */
package org.kring.load;
