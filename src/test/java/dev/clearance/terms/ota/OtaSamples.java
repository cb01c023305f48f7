package dev.clearance.terms.ota;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The test repository: three documents of OpenTermsArchive/genai-eu-versions with their real history
 * (src/test/resources/ota/, see ATTRIBUTION.md there), cloned with JGit into a test's own folder.
 */
public final class OtaSamples {
    /** HEAD of the sample (2026-07-08, Qwen Chat Terms of Service). */
    public static final String HEAD = "fdd50925baf54f297ebc53b22eeec180656014af";
    /** Claude.ai Commercial Terms, recorded 2026-03-11 (source commit 639f56df). */
    public static final String CLAUDE_2026_03_11 = "f096b5ab07706ee5171e422547bfcf2daca574a0";
    /** Claude.ai Commercial Terms, first recorded 2025-11-11 (source commit 5fc5f7da). */
    public static final String CLAUDE_2025_11_11 = "29248e90053172592f37d190cf0fc8623a65c86e";
    /** Grok Terms of Service, recorded 2025-12-11, states effective 2025-11-04 (source commit 2b8bc610). */
    public static final String GROK_2025_12_11 = "56ec6713ae8e39be2ef9d4c456b7976ef58e107d";
    /** Grok Terms of Service, recorded 2026-05-18, states effective 2026-04-10 (source commit 047eaf18). */
    public static final String GROK_2026_05_18 = "1983f47f17b811e8a92d2867130996ee0c5c428a";
    /** Grok Terms of Service, recorded 2026-07-08, states effective 2026-06-26 (source commit 1656b3a5). */
    public static final String GROK_2026_07_08 = "942ce72349d1631316b8a92ce383beed3ba9dbf5";
    /** Qwen Chat Terms of Service, recorded 2026-07-08, states last updated 2026-05-19 (source commit a73643f7). */
    public static final String QWEN_2026_07_08 = HEAD;

    private OtaSamples() {
    }

    public static Path bundle() {
        URL url = OtaSamples.class.getResource("/ota/genai-eu-versions-sample.bundle");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clone of the sample in {@code dir}, checked out at HEAD. */
    public static Path cloneTo(Path dir) {
        try (Git git = Git.cloneRepository().setURI(bundle().toString()).setDirectory(dir.toFile()).setBranch("main").call()) {
            return dir;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot clone the sample bundle: " + e.getMessage(), e);
        }
    }

    /** Moves the clone's branch to {@code commit}, as a clone made that day would be. */
    public static void resetTo(Path clone, String commit) {
        try (Git git = Git.open(clone.toFile())) {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit).call();
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset the clone: " + e.getMessage(), e);
        }
    }
}
