package dev.clearance.export;

import java.util.List;

/** The files of a review package (DESIGN.md "Review package"), in the order they are written. */
public final class PackageLayout {
    public static final String MANIFEST = "manifest.json";
    public static final String REVIEW = "review.json";
    public static final String REPORT = "report.pdf";
    public static final String INVENTORY = "inventory.csv";
    public static final String ANNOTATIONS = "annotations.jsonld";
    public static final String SIGNATURE = "signature";

    /** The files the manifest lists with their hashes, in manifest order. */
    public static final List<String> HASHED = List.of(REVIEW, REPORT, INVENTORY, ANNOTATIONS);
    /** Every entry of a package, in zip order. */
    public static final List<String> ALL = List.of(MANIFEST, REVIEW, REPORT, INVENTORY, ANNOTATIONS, SIGNATURE);

    private PackageLayout() {
    }
}
