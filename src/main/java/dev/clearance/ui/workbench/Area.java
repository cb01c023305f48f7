package dev.clearance.ui.workbench;

/** The workbench's areas, in the order of a review. */
public enum Area {
    INVENTORY("Inventory", "The project's datasets and where each came from."),
    TERMS("Terms", "The terms documents and versions that governed each model-generated dataset: "
            + "catalog clauses with their confidence, your own agreements, and what changed between versions."),
    CHECKLIST("Checklist", "A guided walk through the restriction sections of each source's terms, "
            + "with suggested answers you confirm or override with a reason."),
    ANNOTATIONS("Annotations", "Your marks on the clauses of the terms, tagged and linked to checklist "
            + "questions and findings, kept across new versions."),
    FINDINGS("Findings", "Risk per dataset with the reasons, the clauses each rests on, and the "
            + "obligations to fulfil before release."),
    REVIEW("Review & Export", "Sign-off by each reviewer, the audit trail, and the signed review package "
            + "(PDF and JSON).");

    private final String title;
    private final String purpose;

    Area(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    /** One sentence on what the area is for, shown in its header. */
    public String purpose() {
        return purpose;
    }
}
