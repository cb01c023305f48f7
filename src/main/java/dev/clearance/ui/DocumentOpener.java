package dev.clearance.ui;

/** Opens a link or file in the system's viewer; the headless toolkit has none, so it is optional. */
@FunctionalInterface
public interface DocumentOpener {
    DocumentOpener NONE = uri -> false;

    /** @return false when there is no viewer to open it */
    boolean open(String uri);
}
