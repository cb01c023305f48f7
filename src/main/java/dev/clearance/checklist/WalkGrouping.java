package dev.clearance.checklist;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.terms.TermsRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups a project's model-generated datasets into walks (one per channel and terms version), and splits a
 * dataset off into a walk of its own when its facts differ from the others'.
 */
public final class WalkGrouping {
    private WalkGrouping() {
    }

    /**
     * @param datasets   the inventory; datasets made by people and removed ones are left out
     * @param governing  the governing terms versions of a dataset (empty when unknown)
     * @param splitOff   ids of datasets that have a walk of their own
     * @return walks in order of first appearance, each with its datasets in inventory order
     */
    public static Map<WalkKey, List<Dataset>> group(List<Dataset> datasets, Function<Dataset, List<TermsRef>> governing,
                                                    Set<String> splitOff) {
        Map<WalkKey, List<Dataset>> walks = new LinkedHashMap<>();
        for (Dataset d : datasets) {
            if (d.removed() || !d.sourceType().isModelGenerated()) {
                continue;
            }
            WalkKey key = WalkKey.of(d, governing.apply(d));
            if (splitOff.contains(d.id())) {
                key = key.splitOff(d.id());
            }
            walks.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        return walks;
    }

    /**
     * Gives one dataset a walk of its own that starts from the shared walk's answers (copied, so that the
     * reviewer changes only what differs). Callers remember the split (e.g. in the dataset's split set).
     *
     * @return the new walk's key
     */
    public static WalkKey splitOff(ChecklistAnswerRepository answers, long projectId, WalkKey shared, String datasetId) {
        WalkKey split = shared.splitOff(datasetId);
        answers.copyWalk(projectId, shared.id(), split.id());
        return split;
    }
}
