/**
 * What a translation is made of and where it stands: a file's translatable segments (found by its
 * kind's schema), the record of what each translated segment was made from, and the analysis of a file as
 * translated, outdated, missing or adapted.
 */
package org.kring.segment;
