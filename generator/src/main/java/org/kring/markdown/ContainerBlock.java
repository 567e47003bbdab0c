package org.kring.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A {@code ::: kind [title]} ... {@code :::} block. The kind name is kept as written so the validator can
 * report an unknown one with its line; {@link #kind()} is null then.
 */
public final class ContainerBlock extends CustomBlock {
    private final String kindName;
    private final ContainerKind kind;
    private final String title;
    private boolean closed;

    ContainerBlock(String kindName, String title) {
        this.kindName = kindName;
        this.kind = ContainerKind.of(kindName);
        this.title = title;
    }

    public String kindName() {
        return kindName;
    }

    public ContainerKind kind() {
        return kind;
    }

    /** The text after the kind on the opening line, or null. */
    public String title() {
        return title;
    }

    /** False when the file ended before the closing {@code :::}. */
    public boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
