package dev.clearance.ui.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A review package opened read-only: what its review.json says, how verification went, and the report
 * bytes to save. Nothing here writes to the database.
 *
 * @param verification the verifier's finding (valid, tampered, unsigned, not a package)
 * @param report       report.pdf as in the package (empty if missing)
 */
public record OpenedPackage(PackageCheck.Finding verification, String project, String modelName, int revision,
                            String state, String overall, List<DatasetRow> datasets, List<SignOffRow> signOffs,
                            int auditEvents, byte[] report, byte[] reviewJson) {
    /** One dataset of the review with its level. */
    public record DatasetRow(String id, String name, String risk, String terms) {
    }

    /** One sign-off as recorded in the package. */
    public record SignOffRow(String reviewer, String role, String signedAt, String fingerprint) {
    }

    static OpenedPackage of(PackageCheck.Finding verification, JsonNode review, byte[] report, byte[] reviewJson) {
        List<DatasetRow> datasets = new ArrayList<>();
        for (JsonNode d : review.path("assessment").path("datasets")) {
            List<String> terms = new ArrayList<>();
            d.path("terms").forEach(t -> terms.add(t.asText()));
            datasets.add(new DatasetRow(d.path("id").asText(), d.path("name").asText(), d.path("risk").asText(),
                    String.join(", ", terms)));
        }
        List<SignOffRow> signOffs = new ArrayList<>();
        for (JsonNode s : review.path("signOffs")) {
            signOffs.add(new SignOffRow(s.path("reviewer").asText(), s.path("role").asText(), s.path("signedAt").asText(),
                    s.path("certificateSha256").asText()));
        }
        return new OpenedPackage(verification, review.path("project").path("name").asText(),
                review.path("project").path("modelName").asText(), review.path("review").path("revision").asInt(),
                review.path("review").path("stateLabel").asText(review.path("review").path("state").asText()),
                review.path("assessment").path("overall").asText(), datasets, signOffs,
                review.path("auditTrail").size(), report, reviewJson);
    }
}
