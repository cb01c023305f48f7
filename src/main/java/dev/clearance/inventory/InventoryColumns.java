package dev.clearance.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The inventory contract's field names, in the order exports write them. */
final class InventoryColumns {
    static final String ID = "id";
    static final String NAME = "name";
    static final String SOURCE_TYPE = "source_type";
    static final String GENERATOR_MODEL = "generator_model";
    static final String GENERATOR_PROVIDER = "generator_provider";
    static final String ACCESS = "access";
    static final String COLLECTED_ON = "collected_on";
    static final String LICENSE = "license";
    static final String USES = "uses";
    static final String RECORDS = "records";
    static final String TERMS = "terms";
    static final String OWNER = "owner";
    static final String NOTES = "notes";

    static final List<String> ALL = List.of(ID, NAME, SOURCE_TYPE, GENERATOR_MODEL, GENERATOR_PROVIDER, ACCESS,
            COLLECTED_ON, LICENSE, USES, RECORDS, TERMS, OWNER, NOTES);
    static final Set<String> KNOWN = Set.copyOf(ALL);
    /** Columns a tabular file must have in its header. */
    static final List<String> REQUIRED = List.of(ID, NAME, SOURCE_TYPE);

    private InventoryColumns() {
    }

    /** Header cells are matched leniently: "Source Type", "source-type" and "SOURCE_TYPE" are source_type. */
    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
