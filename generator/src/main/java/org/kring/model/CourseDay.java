package org.kring.model;

import java.util.List;

/**
 * One day of a course.
 *
 * @param title   what the day is about, or null
 * @param start   when the day starts, in minutes after midnight
 * @param end     when the day must be over, in minutes after midnight, or -1 when it has no end time
 * @param line    the day's line in the course file
 * @param endLine the line of its end time (0 when it has none)
 */
public record CourseDay(String title, int start, int end, List<CourseBlock> blocks, int line, int endLine) {
}
