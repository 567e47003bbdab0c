/**
 * The validate stage: references, numbering, agendas, course schedules, links and anchors in every
 * language, pictures and interface strings, checked before anything is rendered. Returns where each link
 * leads instead of changing the model.
 */
package org.kring.validate;
