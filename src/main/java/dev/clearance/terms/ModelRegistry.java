package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The model registry ({@code assets/terms/registry.json}): maps a model name + provider + access channel
 * to the terms documents that governed its outputs, and picks the version in force on the day the
 * outputs were generated. Users' own mappings take precedence over the shipped rules. Shipped rules are
 * tried in file order and the first match wins.
 */
public final class ModelRegistry {
    /** Classpath location of the shipped registry. */
    public static final String RESOURCE = "/assets/terms/registry.json";
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "about", "unknownModelHelp", "rules");
    private static final Set<String> RULE = Set.of("id", "providers", "models", "excludeModels", "access",
            "governedBy", "confidence", "note", "withWeightsLicence", "unknownBecause");
    private static final Set<String> TARGET = Set.of("document", "from", "until");
    private static final Pattern ACCESS = Pattern.compile("api|weights|app|cloud:(\\*|[a-z0-9-]+)");

    private final TermsCatalog catalog;
    private final List<RegistryRule> rules;
    private final String unknownHelp;
    private final VersionSelector selector = new VersionSelector();

    private ModelRegistry(TermsCatalog catalog, List<RegistryRule> rules, String unknownHelp) {
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
        this.unknownHelp = unknownHelp;
    }

    /** Loads the registry shipped inside the application and checks every target against {@code catalog}. */
    public static ModelRegistry loadShipped(TermsCatalog catalog) {
        try (InputStream in = ModelRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TermsDataException(RESOURCE + ": not found on the classpath; the build did not pack assets/");
            }
            return load(in, "assets/terms/registry.json", catalog);
        } catch (IOException e) {
            throw new TermsDataException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates a registry; every {@code governedBy} document must exist in {@code catalog}.
     *
     * @param source name used in error messages
     */
    public static ModelRegistry load(InputStream in, String source, TermsCatalog catalog) {
        JsonNode root = JsonFields.readVersionedObject(in, source, TOP, SCHEMA_VERSION);
        JsonFields f = new JsonFields(source);
        JsonNode arr = f.array(root, "$", "rules", true);
        List<RegistryRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "$.rules[" + i + "]";
            JsonNode n = arr.get(i);
            if (!n.isObject()) {
                throw f.error(p, "must be an object");
            }
            f.onlyKnown(n, p, RULE);
            String id = f.text(n, p, "id");
            if (!TermsRef.isValidDocumentId(id)) {
                throw f.error(p + ".id", "'" + id + "' is not a kebab-case id");
            }
            if (!ids.add(id)) {
                throw f.error(p + ".id", "'" + id + "' is used by more than one rule");
            }
            List<String> access = f.strings(n, p, "access", true);
            for (int a = 0; a < access.size(); a++) {
                if (!ACCESS.matcher(access.get(a)).matches()) {
                    throw f.error(p + ".access[" + a + "]", "'" + access.get(a)
                            + "' is not api, weights, app, cloud:<name> or cloud:*");
                }
            }
            JsonNode targets = f.array(n, p, "governedBy", true);
            String unknownBecause = f.optText(n, p, "unknownBecause");
            if (targets.isEmpty() && unknownBecause.isEmpty()) {
                throw f.error(p + ".governedBy", "must name at least one document (or say in unknownBecause why the"
                        + " catalog has none)");
            }
            if (!targets.isEmpty() && !unknownBecause.isEmpty()) {
                throw f.error(p + ".unknownBecause", "only for a rule that names no document");
            }
            List<RegistryRule.Target> governed = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                String tp = p + ".governedBy[" + t + "]";
                f.onlyKnown(targets.get(t), tp, TARGET);
                String doc = f.text(targets.get(t), tp, "document");
                if (catalog.document(doc).isEmpty()) {
                    throw f.error(tp + ".document", "'" + doc + "' is not a document in the catalog");
                }
                LocalDate from = f.optDate(targets.get(t), tp, "from");
                LocalDate until = f.optDate(targets.get(t), tp, "until");
                if (from != null && until != null && until.isBefore(from)) {
                    throw f.error(tp + ".until", until + " is before from " + from);
                }
                governed.add(new RegistryRule.Target(doc, from, until));
            }
            List<String> providers = f.strings(n, p, "providers", true).stream().map(RegistryRule::normalise).toList();
            rules.add(new RegistryRule(id, providers, f.strings(n, p, "models", true),
                    f.strings(n, p, "excludeModels", false), access, governed,
                    f.enumValue(n, p, "confidence", Confidence::parse, Confidence.ids()), f.optText(n, p, "note"),
                    f.optBool(n, p, "withWeightsLicence"), unknownBecause));
        }
        return new ModelRegistry(catalog, rules, f.optText(root, "$", "unknownModelHelp"));
    }

    public List<RegistryRule> rules() {
        return rules;
    }

    /** The provider of the first rule whose globs match the model; empty when no rule knows the model. */
    public Optional<String> inferProvider(String modelName) {
        if (modelName == null || modelName.isBlank()) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> !r.withWeightsLicence() && r.matchesModel(modelName)).findFirst().map(r -> r.providers().get(0));
    }

    /** Resolves against the shipped catalog only, without user mappings. */
    public Resolution resolve(String modelName, String provider, String access, LocalDate collectedOn) {
        return resolve(modelName, provider, access, collectedOn, List.of(), catalog::document);
    }

    /**
     * Resolves which terms governed outputs of {@code modelName}.
     *
     * @param provider       provider id; "" or null to infer it from the model
     * @param access         inventory access value; "" or null when not given
     * @param collectedOn    the day the outputs were generated; null when unknown (latest versions, with a warning)
     * @param userMappings   the user's own mappings, tried first, in order
     * @param documents      looks up documents by id (catalog documents merged with users' versions and documents)
     */
    public Resolution resolve(String modelName, String provider, String access, LocalDate collectedOn,
                              List<ModelMapping> userMappings, Function<String, Optional<TermsDocument>> documents) {
        String model = modelName == null ? "" : modelName.strip();
        String prov = RegistryRule.normalise(provider);
        String acc = RegistryRule.normalise(access);
        if (model.isEmpty()) {
            return Resolution.unknown(model, prov, false, acc,
                    "No generator model is given, so the governing terms cannot be found. Fill in generator_model"
                            + " (or set terms to document-id@YYYY-MM-DD).", List.of());
        }
        boolean inferred = false;
        if (prov.isEmpty()) {
            Optional<String> guess = inferProvider(model);
            if (guess.isPresent()) {
                prov = guess.get();
                inferred = true;
            }
        }
        for (ModelMapping m : userMappings) {
            if (new Glob(m.modelPattern()).matches(model)
                    && (m.provider().isEmpty() || RegistryRule.normalise(m.provider()).equals(prov) || prov.isEmpty())
                    && (m.access().isEmpty() || RegistryRule.normalise(m.access()).equals(acc))) {
                return fromUserMapping(m, model, prov, inferred, acc, collectedOn, documents);
            }
        }
        // An inferred provider comes from the first rule that knows the model, so it is safe to match on.
        String providerForMatch = prov;
        if (acc.isEmpty()) {
            return resolveWithoutAccess(model, prov, inferred, providerForMatch, collectedOn, documents);
        }
        for (RegistryRule r : rules) {
            if (r.matchesModel(model) && r.matchesProvider(providerForMatch) && r.matchesAccess(acc)) {
                return fromRule(r, model, prov, inferred, acc, collectedOn, documents, new ArrayList<>());
            }
        }
        return Resolution.unknown(model, prov, inferred, acc, unknownMessage(model, prov, providerForMatch, acc),
                List.of());
    }

    private Resolution resolveWithoutAccess(String model, String prov, boolean inferred, String providerForMatch,
                                            LocalDate collectedOn, Function<String, Optional<TermsDocument>> documents) {
        // A reseller serves the model only when the dataset says it was reached through it.
        List<RegistryRule> candidates = rules.stream()
                .filter(r -> !r.withWeightsLicence() && r.matchesModel(model) && r.matchesProvider(providerForMatch))
                .toList();
        Set<String> accesses = new LinkedHashSet<>();
        candidates.forEach(r -> accesses.addAll(r.access()));
        if (candidates.isEmpty()) {
            return Resolution.unknown(model, prov, inferred, "", unknownMessage(model, prov, providerForMatch, ""),
                    List.of());
        }
        if (accesses.size() > 1) {
            return Resolution.unknown(model, prov, inferred, "", "No access is given for " + model
                    + ", and its terms depend on the channel: it is mapped for " + String.join(", ", accesses)
                    + ". Set access (api, weights, app, cloud:azure …).", List.of());
        }
        String only = accesses.iterator().next();
        List<String> warnings = new ArrayList<>();
        warnings.add("no access given: assumed '" + only + "', the only channel mapped for " + model);
        RegistryRule r = candidates.get(0);
        return fromRule(r, model, prov, inferred, only, collectedOn, documents, warnings);
    }

    private String unknownMessage(String model, String prov, String providerForMatch, String acc) {
        List<RegistryRule> byModel = rules.stream().filter(r -> r.matchesModel(model)).toList();
        StringBuilder sb = new StringBuilder();
        if (byModel.isEmpty()) {
            sb.append("Model '").append(model).append("' is not in the registry");
            if (!prov.isEmpty()) {
                sb.append(" (provider '").append(prov).append("')");
            }
            sb.append(", so its terms are unknown.");
        } else {
            Set<String> known = new LinkedHashSet<>();
            Set<String> providers = new LinkedHashSet<>();
            byModel.stream().filter(r -> r.matchesProvider(providerForMatch)).forEach(r -> known.addAll(r.access()));
            byModel.forEach(r -> providers.addAll(r.providers()));
            if (known.isEmpty()) {
                sb.append("Model '").append(model).append("' is known for provider ").append(String.join(", ", providers))
                        .append(", not for provider '").append(prov).append("'.");
            } else {
                sb.append("Model '").append(model).append("' is mapped for access ").append(String.join(", ", known))
                        .append("; access '").append(acc).append("' is not mapped.");
            }
        }
        sb.append(' ').append(unknownHelp.isEmpty()
                ? "Add a model mapping or set the dataset's terms to document-id@YYYY-MM-DD." : unknownHelp);
        return sb.toString();
    }

    private Resolution fromRule(RegistryRule rule, String model, String prov, boolean inferred, String acc,
                                LocalDate collectedOn, Function<String, Optional<TermsDocument>> documents,
                                List<String> warnings) {
        if (rule.isKnownGap()) {
            return Resolution.unknown(model, prov, inferred, acc, rule.unknownBecause(), warnings);
        }
        List<RegistryRule.Target> targets;
        if (collectedOn == null) {
            targets = rule.governedBy().stream().filter(RegistryRule.Target::current).toList();
        } else {
            targets = rule.governedBy().stream().filter(t -> t.covers(collectedOn)).toList();
            if (targets.isEmpty()) {
                return Resolution.unknown(model, prov, inferred, acc, "collected_on " + collectedOn + " is outside the"
                        + " dates for which the registry knows which terms governed " + model + " (" + rule.id() + ": "
                        + rule.governedBy().stream().map(RegistryRule.Target::describe).toList() + "): the terms in force"
                        + " then are not in the catalog. Pin the dataset's terms to a version you have checked applies.",
                        warnings);
            }
        }
        if (targets.isEmpty()) {
            targets = List.of(rule.governedBy().get(rule.governedBy().size() - 1));
        }
        if (rule.withWeightsLicence()) {
            // A reseller in front of open weights: its own terms and the model's licence both apply.
            String served = servedModel(model);
            Optional<RegistryRule> weights = rules.stream()
                    .filter(r -> r != rule && (r.matchesModel(model) || r.matchesModel(served)) && r.matchesAccess("weights"))
                    .findFirst();
            if (weights.isEmpty()) {
                return Resolution.unknown(model, prov, inferred, acc, rule.id() + " serves open-weights models under"
                        + " their own licences, and the registry knows no weights licence for " + model + ". Add a"
                        + " model mapping naming the reseller's terms and the model's licence.", warnings);
            }
            List<RegistryRule.Target> both = new ArrayList<>(targets);
            weights.get().governedBy().stream()
                    .filter(t -> collectedOn == null ? t.current() : t.covers(collectedOn))
                    .forEach(both::add);
            targets = both;
        }
        if (!rule.confidence().isVerified()) {
            warnings.add("the mapping of " + model + " to " + String.join(", ",
                    targets.stream().map(RegistryRule.Target::documentId).toList()) + " is "
                    + rule.confidence().id() + (rule.note().isEmpty() ? "" : ": " + rule.note()));
        }
        return build(model, prov, inferred, acc, "registry:" + rule.id(), rule.confidence(),
                targets.stream().map(t -> new TermsRef(t.documentId(), null)).toList(), collectedOn, documents, warnings);
    }

    /**
     * The open-weights model a reseller's model id names: {@code meta-llama/Llama-3.1-70B-Instruct-Turbo} →
     * {@code Llama-3.1-70B-Instruct-Turbo}; Fireworks' {@code accounts/fireworks/models/llama-v3p1-70b-instruct}
     * → {@code llama-3.1-70b-instruct} and {@code qwen2p5-72b-instruct} → {@code qwen2.5-72b-instruct}.
     */
    static String servedModel(String model) {
        String last = model.substring(model.lastIndexOf('/') + 1);
        return last.replaceAll("(?<=\\d)p(?=\\d)", ".").replaceAll("(?i)^llama-v(\\d)", "llama-$1");
    }

    private Resolution fromUserMapping(ModelMapping m, String model, String prov, boolean inferred, String acc,
                                       LocalDate collectedOn, Function<String, Optional<TermsDocument>> documents) {
        List<TermsRef> refs = new ArrayList<>();
        for (String id : m.documentIds()) {
            try {
                refs.add(TermsRef.parse(id));
            } catch (IllegalArgumentException e) {
                return Resolution.unknown(model, prov, inferred, acc, "Your model mapping '" + m.modelPattern()
                        + "' names '" + id + "', which is not a terms reference: " + e.getMessage(), List.of());
            }
        }
        return build(model, prov, inferred, acc, "user-mapping:" + (m.id() == null ? "new" : m.id()),
                Confidence.VERIFIED, refs, collectedOn, documents, new ArrayList<>());
    }

    /**
     * Builds a resolution from explicit references (a dataset's {@code terms} override, or a mapping):
     * pinned versions are used as given, the others are chosen by date.
     */
    Resolution build(String model, String prov, boolean inferred, String acc, String matchedBy, Confidence confidence,
                     List<TermsRef> refs, LocalDate collectedOn, Function<String, Optional<TermsDocument>> documents,
                     List<String> warnings) {
        List<Resolution.ResolvedTerms> terms = new ArrayList<>();
        Confidence c = confidence;
        for (TermsRef ref : refs) {
            Optional<TermsDocument> doc = documents.apply(ref.documentId());
            if (doc.isEmpty() || doc.get().versions().isEmpty()) {
                return Resolution.unknown(model, prov, inferred, acc, "Terms document '" + ref.documentId()
                        + "' (" + matchedBy + ") is not in the catalog or your documents. Add it with 'terms add'"
                        + " or correct the reference.", warnings);
            }
            VersionSelector.Selection sel;
            if (ref.effectiveOn() != null) {
                Optional<TermsVersion> v = doc.get().version(ref.effectiveOn());
                if (v.isEmpty()) {
                    return Resolution.unknown(model, prov, inferred, acc, "Terms version " + ref
                            + " does not exist; known versions of " + ref.documentId() + ": "
                            + doc.get().versions().stream().map(x -> x.effectiveOn().toString()).toList(), warnings);
                }
                sel = new VersionSelector.Selection(v.get(), List.of());
            } else {
                sel = selector.select(doc.get(), collectedOn);
                if (!sel.found()) {
                    return Resolution.unknown(model, prov, inferred, acc, sel.gap() + ".", warnings);
                }
            }
            List<String> w = new ArrayList<>(sel.warnings());
            if (!sel.version().isVerified()) {
                w.add(sel.version().ref() + " is not fully verified: " + String.join("; ", sel.version().unverifiedItems()));
            }
            warnings.addAll(w);
            c = Confidence.weakest(c, sel.version().confidence());
            terms.add(new Resolution.ResolvedTerms(doc.get(), sel.version(), w));
        }
        return new Resolution(Resolution.Status.RESOLVED, model, prov, inferred, acc,
                Channel.ofAccess(acc).orElse(null), matchedBy, c, terms, warnings, "");
    }
}
