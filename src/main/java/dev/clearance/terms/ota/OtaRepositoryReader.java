package dev.clearance.terms.ota;

import dev.clearance.domain.ProgressMonitor;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a local clone of an Open Terms Archive versions repository with JGit (no git binary needed, see
 * ADR 0008): which repository it is, and the recorded history of chosen documents. Read-only: it never
 * writes to the repository. Every failure is an {@link OtaRepositoryException} naming the folder.
 */
public final class OtaRepositoryReader implements AutoCloseable {
    /** {@code github.com/OWNER/NAME} in a remote URL or a README link. */
    private static final Pattern GITHUB = Pattern.compile("github\\.com[:/]+([A-Za-z0-9_.-]+)/([A-Za-z0-9_-]+(?:\\.(?!git\\b)[A-Za-z0-9_-]+)*)");
    /** Texts larger than this are not terms a reviewer reads; refuse rather than fill the database. */
    static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private final Path directory;
    private final Repository repository;
    private final ObjectId head;

    private OtaRepositoryReader(Path directory, Repository repository, ObjectId head) {
        this.directory = directory;
        this.repository = repository;
        this.head = head;
    }

    /**
     * Opens the repository in {@code directory} (a clone with a work tree, or a bare repository).
     *
     * @throws OtaRepositoryException when it is not a git repository or has no commits
     */
    public static OtaRepositoryReader open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new OtaRepositoryException(dir, Files.exists(dir) ? "not a folder" : "no such folder");
        }
        File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
        if (gitDir == null) {
            throw new OtaRepositoryException(dir, "not a git repository (clone an Open Terms Archive versions"
                    + " repository, e.g. git clone https://github.com/OpenTermsArchive/genai-eu-versions)");
        }
        Repository repo;
        try {
            repo = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
        } catch (IOException | IllegalArgumentException e) {
            throw new OtaRepositoryException(dir, "not a readable git repository: " + e.getMessage(), e);
        }
        try {
            ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                throw new OtaRepositoryException(dir, "the git repository has no commits");
            }
            return new OtaRepositoryReader(dir, repo, head);
        } catch (IOException | RuntimeException e) {
            repo.close();
            if (e instanceof OtaRepositoryException o) {
                throw o;
            }
            throw new OtaRepositoryException(dir, "cannot read the repository's HEAD: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** The commit the history is read from (HEAD). */
    public String head() {
        return head.name();
    }

    /**
     * Which of the {@code known} repositories ({@code OWNER/NAME}) this is: named by a remote's URL, else by
     * the README at HEAD (the archive's READMEs link their own releases). Empty when none or several are named.
     */
    public Optional<String> identify(Collection<String> known) {
        Map<String, String> byLower = new HashMap<>();
        known.forEach(k -> byLower.put(k.toLowerCase(Locale.ROOT), k));
        Set<String> fromRemotes = new LinkedHashSet<>();
        for (String remote : repository.getConfig().getSubsections("remote")) {
            for (String url : repository.getConfig().getStringList("remote", remote, "url")) {
                fromRemotes.addAll(named(url, byLower));
            }
        }
        if (fromRemotes.size() == 1) {
            return Optional.of(fromRemotes.iterator().next());
        }
        if (fromRemotes.size() > 1) {
            return Optional.empty();
        }
        Set<String> fromReadme = readme().map(text -> named(text, byLower)).orElse(Set.of());
        return fromReadme.size() == 1 ? Optional.of(fromReadme.iterator().next()) : Optional.empty();
    }

    private static Set<String> named(String text, Map<String, String> byLower) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = GITHUB.matcher(text);
        while (m.find()) {
            String name = (m.group(1) + "/" + m.group(2)).toLowerCase(Locale.ROOT);
            if (byLower.containsKey(name)) {
                found.add(byLower.get(name));
            }
        }
        return found;
    }

    private Optional<String> readme() {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tw = TreeWalk.forPath(repository, "README.md", commit.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                return Optional.of(new String(repository.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The recordings of each of {@code paths} from the first commit to HEAD, oldest first. A path that
     * never occurs maps to an empty list. Reports progress per commit read.
     *
     * @throws OtaRepositoryException when an object of the history cannot be read
     */
    public Map<String, List<Recording>> history(Collection<String> paths, ProgressMonitor monitor) {
        Map<String, List<Recording>> out = new LinkedHashMap<>();
        paths.forEach(p -> out.put(p, new ArrayList<>()));
        if (paths.isEmpty()) {
            return out;
        }
        Map<String, ObjectId> last = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            long read = 0;
            for (RevCommit commit : walk) {
                monitor.checkCancelled();
                Map<String, ObjectId> blobs = blobs(commit, paths);
                for (String path : paths) {
                    ObjectId blob = blobs.get(path);
                    if (blob == null) {
                        last.remove(path);
                    } else if (!blob.equals(last.get(path))) {
                        last.put(path, blob);
                        var when = commit.getAuthorIdent().getWhenAsInstant();
                        out.get(path).add(new Recording(path, commit.name(), when,
                                when.atZone(ZoneOffset.UTC).toLocalDate(), blob.name()));
                    }
                }
                if (++read % 25 == 0) {
                    monitor.progress(read, -1, "Read " + read + " commits of " + directory.getFileName());
                }
            }
        } catch (IOException | RevWalkException e) {
            throw unreadable(e);
        }
        return out;
    }

    private Map<String, ObjectId> blobs(RevCommit commit, Collection<String> paths) throws IOException {
        Map<String, ObjectId> found = new HashMap<>();
        try (TreeWalk tw = new TreeWalk(repository)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            tw.setFilter(PathFilterGroup.createFromStrings(paths));
            while (tw.next()) {
                if (tw.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
                    found.put(tw.getPathString(), tw.getObjectId(0));
                }
            }
        }
        return found;
    }

    /**
     * The text of a recording, as UTF-8.
     *
     * @throws OtaRepositoryException when the blob is missing, too large or not UTF-8
     */
    public String text(Recording recording) {
        try {
            ObjectLoader loader = repository.open(ObjectId.fromString(recording.blobId()), Constants.OBJ_BLOB);
            if (loader.getSize() > MAX_TEXT_BYTES) {
                throw new OtaRepositoryException(directory, recording.path() + " at " + recording.commit()
                        + " is " + loader.getSize() + " bytes, more than a terms text can be");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(loader.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new OtaRepositoryException(directory, recording.path() + " at " + recording.commit()
                    + " is not UTF-8 text", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OtaRepositoryException o) {
                throw o;
            }
            throw unreadable(e);
        }
    }

    private OtaRepositoryException unreadable(Exception e) {
        return new OtaRepositoryException(directory, "git objects cannot be read (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + "); the clone may be damaged or shallow: clone it again", e);
    }

    @Override
    public void close() {
        repository.close();
    }
}
