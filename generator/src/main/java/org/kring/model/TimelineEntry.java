package org.kring.model;

public record TimelineEntry(String when, String what) {
}
