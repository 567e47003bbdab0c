/**
 * The curriculum model: immutable records for each kind of {@link org.kring.model.Content} (pages,
 * programmes, session guides, topics, recommendations, courses, modules), the declaration of each kind's front
 * matter ({@link org.kring.model.Schema}), the content of one language with its fallbacks, and where links lead
 * ({@link org.kring.model.Links}).
 */
package org.kring.model;
