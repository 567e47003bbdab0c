/**
 * The Markdown dialect: commonmark-java with {@code :::} container blocks, heading anchors and a raw
 * HTML policy. Each body is parsed once; the tree is never changed afterwards.
 */
package org.kring.markdown;
