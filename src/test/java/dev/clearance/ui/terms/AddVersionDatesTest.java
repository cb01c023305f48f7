package dev.clearance.ui.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.terms.InMemoryTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Add-version form refuses an implausible date before anything is read or stored. */
class AddVersionDatesTest {
    @TempDir
    Path dir;

    @Test
    void aDateOutsideThePlausibleRangeIsTheFormsProblem() throws Exception {
        InMemoryTermsRepository repository = new InMemoryTermsRepository();
        TermsService terms = TermsService.withShippedData(repository,
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        AddVersionViewModel model = new AddVersionViewModel(terms, TaskRunner.IMMEDIATE, List.of(), added -> { });
        model.fileProperty().set(Files.writeString(dir.resolve("msa.txt"), "You may not compete.\n"));
        model.documentIdProperty().set("acme-msa");

        model.effectiveOnProperty().set("0000-01-01");
        assertEquals("0000-01-01 is not a plausible date for a terms version: use a date from 1990-01-01 to"
                + " 2028-03-02 (today + 2 years).", model.problemBinding().get());
        model.store();
        assertEquals(List.of(), repository.listDocuments(), "nothing was stored");

        model.effectiveOnProperty().set("2028-03-03");
        assertEquals(false, model.problemBinding().get().isEmpty());

        model.effectiveOnProperty().set("2028-03-02");
        assertEquals("", model.problemBinding().get());
    }
}
