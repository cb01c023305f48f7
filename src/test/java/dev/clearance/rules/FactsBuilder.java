package dev.clearance.rules;

import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.OutputUseFacts.PermittedException;
import dev.clearance.domain.terms.Regime;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link OutputUseFacts} for test fixtures by component name, so fixtures keep compiling when the
 * terms engineer adds a fact (components not set get null/false/empty).
 */
public final class FactsBuilder {
    private final Map<String, Object> values = new HashMap<>();

    private FactsBuilder(Regime regime) {
        values.put("regime", regime);
        values.put("confidence", Confidence.VERIFIED);
    }

    public static FactsBuilder facts(Regime regime) {
        return new FactsBuilder(regime);
    }

    public FactsBuilder exception(String id, String description) {
        @SuppressWarnings("unchecked")
        List<PermittedException> list = (List<PermittedException>) values.getOrDefault("permittedExceptions", List.of());
        values.put("permittedExceptions", concat(list, new PermittedException(id, description)));
        return this;
    }

    public FactsBuilder naming(String prefix) {
        return set("namingPrefix", prefix);
    }

    public FactsBuilder attribution(String... texts) {
        return set("attributionTexts", List.of(texts));
    }

    public FactsBuilder licenceCopy() {
        return set("licenceCopyRequired", true);
    }

    public FactsBuilder mau(long threshold) {
        return set("mauThreshold", threshold);
    }

    public FactsBuilder nonCommercial() {
        return set("nonCommercial", true);
    }

    public FactsBuilder passThrough() {
        return set("derivativesIncludeOutputTraining", true).set("restrictionsPassThrough", true);
    }

    public FactsBuilder authorizationRequired() {
        return set("authorizationRequired", true);
    }

    public FactsBuilder survival(OutputUseFacts.Survival survival) {
        return set("survival", survival);
    }

    public FactsBuilder outputTypes(String... types) {
        return set("outputTypes", List.of(types));
    }

    public FactsBuilder excludedRegions(String... regions) {
        return set("excludedRegions", List.of(regions));
    }

    public FactsBuilder retentionDays(int days) {
        return set("retentionDays", days);
    }

    public FactsBuilder confidence(Confidence confidence) {
        return set("confidence", confidence);
    }

    public FactsBuilder set(String component, Object value) {
        values.put(component, value);
        return this;
    }

    public OutputUseFacts build() {
        RecordComponent[] components = OutputUseFacts.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object v = values.get(components[i].getName());
            args[i] = v != null ? v : types[i] == boolean.class ? Boolean.FALSE : null;
        }
        try {
            Constructor<OutputUseFacts> c = OutputUseFacts.class.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build OutputUseFacts from " + values, e);
        }
    }

    private static <T> List<T> concat(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }
}
