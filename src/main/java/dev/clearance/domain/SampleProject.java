package dev.clearance.domain;

import java.nio.file.Path;

/**
 * A bundled example project (a folder with project.yaml and an inventory).
 *
 * @param title   the heading of its README
 * @param summary the first paragraph of its README
 */
public record SampleProject(String folderName, String title, String summary, Path folder) {
}
