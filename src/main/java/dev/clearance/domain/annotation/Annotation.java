package dev.clearance.domain.annotation;

import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reviewer's mark on a passage of one terms version, shaped after the W3C Web Annotation Data Model:
 * the target is the version's full text ({@code urn:clearance:terms:<document>@<version>}) selected both by
 * position ({@code start}..{@code end}, Unicode code points, end exclusive) and by quote ({@code exact} with
 * up to {@link #CONTEXT_LENGTH} code points of {@code prefix} and {@code suffix}).
 *
 * @param id       an IRI, stable across export and import: a {@code urn:uuid:} for annotations made here, the
 *                 tool's own id for imported ones
 * @param tag      what the passage says, from the terms tag vocabulary; null when untagged
 * @param ownTags  the reviewer's own tags, outside the vocabulary (e.g. "needs-counsel"), in the order given
 * @param comment  the reviewer's note; "" when none
 * @param links    IRIs of what the passage is evidence for, e.g. {@code checklist:<walkKey>#<questionId>}
 *                 or {@code finding:<datasetId>/<ruleId>}
 * @param status   how the quote survived new versions
 * @param previous where the annotation stood when last confirmed; null while {@link AnchorStatus#ANCHORED}
 *                 on the text the reviewer marked
 */
public record Annotation(String id, long projectId, TermsRef target, int start, int end, String exact,
                         String prefix, String suffix, Tag tag, List<String> ownTags, String comment, List<String> links,
                         String creator, Instant created, Instant modified, AnchorStatus status,
                         PreviousAnchor previous) {
    /** How many code points of context are kept on each side of the quote. */
    public static final int CONTEXT_LENGTH = 32;

    /** The longest id kept (the column holds 1000). */
    public static final int MAX_ID_LENGTH = 1000;
    /** The longest own tag kept. */
    public static final int MAX_OWN_TAG_LENGTH = 100;

    private static final Pattern UUID_IRI =
            Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern IRI = Pattern.compile("[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern LINK = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");

    public Annotation {
        Objects.requireNonNull(id, "id");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not an annotation id: expected an IRI (no spaces, at most "
                    + MAX_ID_LENGTH + " characters)");
        }
        Objects.requireNonNull(target, "target");
        if (target.effectiveOn() == null) {
            throw new IllegalArgumentException("an annotation targets one version, not the whole document " + target);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end + ": expected 0 <= start <= end");
        }
        exact = Objects.requireNonNull(exact, "exact");
        if (exact.codePointCount(0, exact.length()) != end - start) {
            throw new IllegalArgumentException("the quote has " + exact.codePointCount(0, exact.length())
                    + " code points but the range " + start + ".." + end + " covers " + (end - start));
        }
        if (exact.isEmpty() && status != AnchorStatus.ORPHANED) {
            throw new IllegalArgumentException("only an orphaned annotation may have an empty quote");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        ownTags = ownTags == null ? List.of() : List.copyOf(ownTags);
        for (String own : ownTags) {
            if (!isValidOwnTag(own)) {
                throw new IllegalArgumentException("'" + own + "' is not an own tag: expected a word or phrase on one line, "
                        + "at most " + MAX_OWN_TAG_LENGTH + " characters, not a vocabulary tag");
            }
        }
        if (ownTags.stream().distinct().count() != ownTags.size()) {
            throw new IllegalArgumentException("an own tag appears twice: " + ownTags);
        }
        comment = comment == null ? "" : comment;
        links = links == null ? List.of() : List.copyOf(links);
        for (String link : links) {
            if (!isValidLink(link)) {
                throw new IllegalArgumentException("'" + link + "' is not a link: expected an IRI such as "
                        + "checklist:<walkKey>#<questionId> or finding:<datasetId>/<ruleId>");
            }
        }
        creator = creator == null ? "" : creator;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(status, "status");
        if (status == AnchorStatus.ANCHORED && previous != null && previous.target().equals(target)
                && previous.start() == start && previous.exact().equals(exact)) {
            previous = null; // nothing moved: no old text to show
        }
    }

    /** The annotation as Clearance creates it, with no own tags. */
    public Annotation(String id, long projectId, TermsRef target, int start, int end, String exact, String prefix,
                      String suffix, Tag tag, String comment, List<String> links, String creator, Instant created,
                      Instant modified, AnchorStatus status, PreviousAnchor previous) {
        this(id, projectId, target, start, end, exact, prefix, suffix, tag, List.of(), comment, links, creator, created,
                modified, status, previous);
    }

    /** Any IRI (as other tools write them: {@code urn:uuid:…}, {@code https://hypothes.is/a/…}, {@code #…}). */
    public static boolean isValidId(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH && IRI.matcher(id).matches();
    }

    /** True for the ids Clearance mints: {@code urn:uuid:} with a lower-case UUID. */
    public static boolean isMintedId(String id) {
        return id != null && UUID_IRI.matcher(id).matches();
    }

    /**
     * An own tag: trimmed, one line, at most {@link #MAX_OWN_TAG_LENGTH} characters, and not a spelling of a
     * vocabulary tag (which would be read back as that tag).
     */
    public static boolean isValidOwnTag(String tag) {
        return tag != null && !tag.isBlank() && tag.equals(tag.strip()) && tag.length() <= MAX_OWN_TAG_LENGTH
                && tag.chars().noneMatch(c -> c == '\n' || c == '\r' || Character.isISOControl(c))
                && Tag.parse(tag).isEmpty();
    }

    public static boolean isValidLink(String link) {
        return link != null && LINK.matcher(link).matches();
    }

    public Optional<Tag> tagValue() {
        return Optional.ofNullable(tag);
    }

    public Optional<PreviousAnchor> previousAnchor() {
        return Optional.ofNullable(previous);
    }

    /** The annotation with the reviewer's part replaced (tag, comment, links), modified at {@code at}. */
    public Annotation withReviewerContent(Tag newTag, String newComment, List<String> newLinks, Instant at) {
        return new Annotation(id, projectId, target, start, end, exact, prefix, suffix, newTag, ownTags, newComment,
                newLinks, creator, created, at, status, previous);
    }

    /** The annotation with other own tags, modified at {@code at}. */
    public Annotation withOwnTags(List<String> newOwnTags, Instant at) {
        return new Annotation(id, projectId, target, start, end, exact, prefix, suffix, tag, newOwnTags, comment, links,
                creator, created, at, status, previous);
    }

    /**
     * The annotation on a new anchor. The first previous anchor is kept (it is the text the reviewer saw),
     * and the status never gets less alarming than it was.
     */
    public Annotation reanchored(TermsRef newTarget, int newStart, int newEnd, String newExact, String newPrefix,
                                 String newSuffix, AnchorStatus stepStatus, Instant at) {
        PreviousAnchor reviewed = previous != null ? previous : new PreviousAnchor(target, start, end, exact);
        return new Annotation(id, projectId, newTarget, newStart, newEnd, newExact, newPrefix, newSuffix, tag, ownTags,
                comment, links, creator, created, at, status.worst(stepStatus), reviewed);
    }

    /** The reviewer has read the annotation on its current text: it is anchored there, with no old text. */
    public Annotation confirmed(Instant at) {
        if (status == AnchorStatus.ORPHANED) {
            throw new IllegalStateException("an orphaned annotation has no text to confirm; delete it or create a new one");
        }
        return new Annotation(id, projectId, target, start, end, exact, prefix, suffix, tag, ownTags, comment, links,
                creator, created, at, AnchorStatus.ANCHORED, null);
    }
}
