package dev.clearance.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Writes a PNG of what a UI test shows, so that a person can look at it: only when the system property
 * {@code clearance.screenshots} names a folder ({@code ./mvnw test -Dtest=… -Dclearance.screenshots=target/shots}).
 * Without it nothing is written and the tests run as always.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void save(FxRobot robot, Node node, String name) {
        String dir = System.getProperty("clearance.screenshots", "");
        if (dir.isBlank()) {
            return;
        }
        Image image = robot.capture(node).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
