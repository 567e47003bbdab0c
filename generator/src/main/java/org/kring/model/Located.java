package org.kring.model;

/** A value together with where it was written, so later checks can point at it. */
public record Located<T>(T value, int line, int column) {
}
