package dev.clearance.app;

import dev.clearance.domain.SampleProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the bundled sample projects: the folder named by {@code -Dclearance.sampleProjects}, else the
 * {@code sample-projects/} folder packed into the application (copied out of the jar to a temporary
 * folder, since importers read files).
 */
final class SampleProjects {
    private SampleProjects() {
    }

    static List<SampleProject> find() {
        Path root = locate();
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        List<SampleProject> samples = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("project.yaml"))) {
                    samples.add(describe(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static Path locate() {
        String configured = System.getProperty("clearance.sampleProjects");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        URL url = SampleProjects.class.getResource("/sample-projects");
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return copyOutOfJar(uri);
        } catch (URISyntaxException | IOException e) {
            return null;
        }
    }

    private static Path copyOutOfJar(URI uri) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
        }
        Path source = fs.provider().getPath(uri);
        Path target = Files.createTempDirectory("clearance-samples");
        target.toFile().deleteOnExit();
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
                dest.toFile().deleteOnExit();
            }
        }
        return target;
    }

    /** Title and summary come from the sample's README: its first heading and first paragraph. */
    static SampleProject describe(Path folder) {
        String name = folder.getFileName().toString();
        String title = name;
        String summary = "";
        Path readme = folder.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            try {
                List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
                StringBuilder paragraph = new StringBuilder();
                for (String line : lines) {
                    String t = line.strip();
                    if (t.startsWith("# ") && title.equals(name)) {
                        title = plain(t.substring(2).strip()).replaceFirst("^Sample:\\s*", "");
                    } else if (t.isEmpty() || t.startsWith("#")) {
                        if (paragraph.length() > 0) {
                            break;
                        }
                    } else {
                        paragraph.append(paragraph.length() > 0 ? " " : "").append(t);
                    }
                }
                summary = plain(paragraph.toString());
            } catch (IOException e) {
                summary = "";
            }
        }
        return new SampleProject(name, title, summary, folder);
    }

    /** README prose without Markdown's code and emphasis marks, for a label. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "");
    }
}
