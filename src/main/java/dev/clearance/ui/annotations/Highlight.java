package dev.clearance.ui.annotations;

import dev.clearance.domain.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One stretch of the clause text covered by the same annotations, in UTF-16 indices of the text as shown:
 * how many annotations overlap there ({@code depth}), the most alarming tone among their tags, and whether
 * the selected annotation is one of them. The viewer turns these into styles; overlapping annotations stay
 * distinguishable because each change of coverage starts a new stretch with its own depth.
 */
public record Highlight(int start, int end, int depth, TagTone tone, boolean selected) {

    /** An annotation's range in the text as shown (UTF-16 indices). */
    public record Span(Annotation annotation, int start, int end) {
    }

    /** Stretches covered by at least one of the spans, in text order. */
    public static List<Highlight> layout(List<Span> spans, Annotation selected) {
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Span s : spans) {
            if (s.end() > s.start()) {
                bounds.add(s.start());
                bounds.add(s.end());
            }
        }
        List<Highlight> out = new ArrayList<>();
        Integer from = bounds.isEmpty() ? null : bounds.first();
        while (from != null) {
            Integer to = bounds.higher(from);
            if (to == null) {
                break;
            }
            int depth = 0;
            TagTone tone = TagTone.CONTEXT;
            boolean isSelected = false;
            for (Span s : spans) {
                if (s.start() <= from && s.end() >= to && s.end() > s.start()) {
                    depth++;
                    tone = tone.worst(TagTone.of(s.annotation().tag()));
                    isSelected |= selected != null && s.annotation().id().equals(selected.id());
                }
            }
            if (depth > 0) {
                out.add(new Highlight(from, to, depth, tone, isSelected));
            }
            from = to;
        }
        return out;
    }
}
