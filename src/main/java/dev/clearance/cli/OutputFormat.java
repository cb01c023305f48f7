package dev.clearance.cli;

/** {@code --format} of commands that can answer for people or for machines. */
public enum OutputFormat {
    text, json
}
