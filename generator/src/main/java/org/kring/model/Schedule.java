package org.kring.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A course's clock: every block gets its start and end from the day's start time and the minutes of the
 * blocks before it. Times are minutes after midnight (a day that runs past midnight goes over 1440).
 */
public record Schedule(List<Day> days) {

    /** One day with its timed blocks. {@code number} counts from 1. */
    public record Day(int number, CourseDay day, List<Slot> slots) {

        public int start() {
            return day.start();
        }

        /** When the last block ends. */
        public int end() {
            return slots.isEmpty() ? day.start() : slots.get(slots.size() - 1).end();
        }

        /** Minutes of modules and practice, without breaks and lunch. */
        public int teachingMinutes() {
            return slots.stream().filter(s -> !s.block().kind().isPause()).mapToInt(s -> s.block().minutes()).sum();
        }
    }

    /** A block with its clock times. */
    public record Slot(CourseBlock block, int start, int end) {
    }

    public static Schedule of(List<CourseDay> days) {
        List<Day> out = new ArrayList<>();
        int n = 1;
        for (CourseDay d : days) {
            List<Slot> slots = new ArrayList<>();
            int t = d.start();
            for (CourseBlock b : d.blocks()) {
                slots.add(new Slot(b, t, t + b.minutes()));
                t += b.minutes();
            }
            out.add(new Day(n++, d, List.copyOf(slots)));
        }
        return new Schedule(List.copyOf(out));
    }

    /** Minutes of teaching over all days: what a certificate's hours are computed from. */
    public int teachingMinutes() {
        return days.stream().mapToInt(Day::teachingMinutes).sum();
    }

    /** "09:30" for 570. */
    public static String clock(int minutes) {
        int m = ((minutes % 1440) + 1440) % 1440;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
