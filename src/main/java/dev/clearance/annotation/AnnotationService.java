package dev.clearance.annotation;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.AnnotationRepository;
import dev.clearance.domain.terms.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Clause annotations as the UI and the CLI use them: create one from a selection on a version's stored
 * full text, edit what the reviewer wrote, confirm a re-anchored one, delete (returning what was deleted, for
 * undo) and restore, list with filters, and import a set in one transaction. Every change is saved at once.
 * Synchronous plain Java.
 */
public final class AnnotationService {
    private final AnnotationRepository repository;
    private final VersionTexts texts;
    private final Clock clock;
    private final WebAnnotationCodec codec;

    public AnnotationService(AnnotationRepository repository, VersionTexts texts, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codec = new WebAnnotationCodec(texts);
    }

    /**
     * Creates and saves an annotation on the selected passage; the quote's prefix and suffix are taken from
     * the text. Overlapping annotations are allowed.
     *
     * @throws AnnotationInputException when the version has no stored text, the range is outside it or empty,
     *                                  the text there is not what the reviewer saw, or a link is not an IRI
     */
    public Annotation create(long projectId, Selection selection, Tag tag, String comment, List<String> links,
                             String creator) {
        String text = requireText(selection);
        int length = CodePoints.length(text);
        if (selection.start() < 0 || selection.end() <= selection.start() || selection.end() > length) {
            throw new AnnotationInputException("The selection " + selection.start() + ".." + selection.end()
                    + " is not a passage of " + selection.version() + ", which has " + length + " characters (code points)");
        }
        String exact = CodePoints.slice(text, selection.start(), selection.end());
        if (!exact.equals(selection.seenText())) {
            throw new AnnotationInputException("The text at " + selection.start() + ".." + selection.end() + " of "
                    + selection.version() + " is \"" + Excerpts.shorten(exact, 60) + "\", not the selected \""
                    + Excerpts.shorten(selection.seenText(), 60) + "\"; reload the version and select again");
        }
        checkLinks(links);
        Instant now = now();
        Annotation a = new Annotation("urn:uuid:" + UUID.randomUUID(), projectId, selection.version(), selection.start(),
                selection.end(), exact, CodePoints.before(text, selection.start(), Annotation.CONTEXT_LENGTH),
                CodePoints.after(text, selection.end(), Annotation.CONTEXT_LENGTH), tag, comment, links, creator, now, now,
                AnchorStatus.ANCHORED, null);
        repository.save(a);
        return a;
    }

    /** Replaces the reviewer's part (tag, comment, links); the anchor stays. */
    public Annotation edit(String id, Tag tag, String comment, List<String> links) {
        checkLinks(links);
        Annotation edited = require(id).withReviewerContent(tag, comment, links, now());
        repository.save(edited);
        return edited;
    }

    /**
     * The reviewer has read a moved or changed annotation on its new text: it becomes anchored there and the
     * old text is dropped.
     *
     * @throws AnnotationInputException for an orphaned annotation, which has no text left to confirm
     */
    public Annotation confirm(String id) {
        Annotation a = require(id);
        if (a.status() == AnchorStatus.ORPHANED) {
            throw new AnnotationInputException("Annotation " + id + " is orphaned: its passage is gone from "
                    + a.target() + ". Delete it, or annotate the passage that replaced it");
        }
        Annotation confirmed = a.confirmed(now());
        repository.save(confirmed);
        return confirmed;
    }

    /** Deletes an annotation and returns it, so that the caller can offer undo with {@link #restore}. */
    public Annotation delete(String id) {
        return repository.delete(id).orElseThrow(() -> unknown(id));
    }

    /** Puts back an annotation returned by {@link #delete}, exactly as it was. */
    public Annotation restore(Annotation deleted) {
        if (repository.find(deleted.id()).isPresent()) {
            throw new AnnotationInputException("Annotation " + deleted.id() + " exists; there is nothing to restore");
        }
        repository.restore(deleted);
        return deleted;
    }

    public Optional<Annotation> find(String id) {
        return repository.find(id);
    }

    /** A project's annotations matching the filter, by document, version and position. */
    public List<Annotation> list(long projectId, AnnotationFilter filter) {
        return repository.listByProject(projectId).stream().filter(filter).toList();
    }

    /**
     * Saves annotations read from a file into a project, all or none. An annotation with an id already in the
     * project replaces it (so importing an export again changes nothing).
     *
     * @throws AnnotationInputException when ids repeat or an id belongs to another project
     */
    public int importAll(long projectId, List<Annotation> annotations) {
        Set<String> seen = new HashSet<>();
        for (Annotation a : annotations) {
            if (a.projectId() != projectId) {
                throw new IllegalArgumentException("annotation " + a.id() + " was read for another project");
            }
            if (!seen.add(a.id())) {
                throw new AnnotationInputException("Annotation id " + a.id() + " appears twice");
            }
            Optional<Annotation> existing = repository.find(a.id());
            if (existing.isPresent() && existing.get().projectId() != projectId) {
                throw new AnnotationInputException("Annotation id " + a.id() + " belongs to another project");
            }
        }
        repository.saveAll(annotations);
        return annotations.size();
    }

    /** A project's annotations as a W3C Web Annotation collection (JSON-LD), with the given label. */
    public String exportJsonLd(long projectId, String label) {
        return codec.write(label, repository.listByProject(projectId));
    }

    /**
     * Reads a Web Annotation file (ours, or another tool's) and saves into the project every annotation that anchors
     * on a stored text, in one transaction; the others are refused, each with its JSON path and why (also an id that
     * belongs to another project). An annotation with an id already in the project replaces it.
     *
     * @throws AnnotationFormatException when the file is not JSON or holds no annotations; nothing is written
     */
    public ImportReport importJsonLd(long projectId, String json) {
        WebAnnotationReader.Reading read = new WebAnnotationReader(texts, projectId, now()).read(json);
        List<ImportReport.Problem> refused = new ArrayList<>(read.refused());
        List<Annotation> taken = new ArrayList<>();
        for (WebAnnotationReader.Read r : read.annotations()) {
            Optional<Annotation> existing = repository.find(r.annotation().id());
            if (existing.isPresent() && existing.get().projectId() != projectId) {
                refused.add(new ImportReport.Problem(r.path() + ".id", "annotation id " + r.annotation().id()
                        + " belongs to another project"));
            } else {
                taken.add(r.annotation());
            }
        }
        repository.saveAll(taken);
        return new ImportReport(taken, refused, read.notes());
    }

    // ---- the reviewer's own tags

    /** A project's own tags: those defined for it and those its annotations carry, sorted. */
    public List<String> ownTags(long projectId) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(repository.definedOwnTags(projectId));
        repository.listByProject(projectId).forEach(a -> all.addAll(a.ownTags()));
        return List.copyOf(all);
    }

    /**
     * Defines an own tag for a project (beside the vocabulary), so reviewers can use it before any annotation does.
     *
     * @return the tag as stored (trimmed)
     * @throws AnnotationInputException when it is empty, too long, on several lines, or a vocabulary tag
     */
    public String defineOwnTag(long projectId, String tag) {
        String t = tag == null ? "" : tag.strip();
        checkOwnTags(List.of(t));
        repository.defineOwnTag(projectId, t);
        return t;
    }

    /** Removes a defined own tag; annotations that carry it keep it. False when it was not defined. */
    public boolean removeOwnTag(long projectId, String tag) {
        return repository.removeOwnTag(projectId, tag);
    }

    /** Replaces an annotation's own tags. */
    public Annotation editOwnTags(String id, List<String> ownTags) {
        List<String> tags = ownTags.stream().map(String::strip).distinct().toList();
        checkOwnTags(tags);
        Annotation edited = require(id).withOwnTags(tags, now());
        repository.save(edited);
        return edited;
    }

    private static void checkOwnTags(List<String> tags) {
        for (String t : tags) {
            if (Tag.parse(t).isPresent()) {
                throw new AnnotationInputException("'" + t + "' is a vocabulary tag; choose it as the tag instead");
            }
            if (!Annotation.isValidOwnTag(t)) {
                throw new AnnotationInputException("'" + t + "' cannot be a tag: write a word or a phrase on one line, "
                        + "at most " + Annotation.MAX_OWN_TAG_LENGTH + " characters");
            }
        }
    }

    private String requireText(Selection selection) {
        if (selection.version().effectiveOn() == null) {
            throw new AnnotationInputException("Annotate a version (" + selection.version().documentId()
                    + "@YYYY-MM-DD), not the whole document");
        }
        return texts.fullText(selection.version()).orElseThrow(() -> new AnnotationInputException(
                selection.version() + " has no stored full text to annotate; add it with 'terms add'"));
    }

    private static void checkLinks(List<String> links) {
        for (String link : links == null ? List.<String>of() : links) {
            if (!Annotation.isValidLink(link)) {
                throw new AnnotationInputException("'" + link + "' is not a link: write an IRI such as "
                        + "checklist:<walkKey>#<questionId> or finding:<datasetId>/<ruleId>");
            }
        }
    }

    private Annotation require(String id) {
        return repository.find(id).orElseThrow(() -> unknown(id));
    }

    private static AnnotationInputException unknown(String id) {
        return new AnnotationInputException("No annotation " + id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
