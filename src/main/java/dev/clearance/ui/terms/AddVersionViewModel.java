package dev.clearance.ui.terms;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.AddRequest;
import dev.clearance.terms.AddResult;
import dev.clearance.terms.TermsDates;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.TermsTextExtractor;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "add a document or version from a file" form: what to store, whether it can be stored, and after
 * storing, what the detector found. The file is read and stored off the JavaFX thread.
 */
public final class AddVersionViewModel {
    /** {@code openai-terms-of-service@2024-02-10.md}: a file named after the version it holds. */
    private static final Pattern VERSION_FILE_NAME = Pattern.compile("([a-z0-9]+(?:[.-][a-z0-9]+)*)@(\\d{4}-\\d{2}-\\d{2})\\.[A-Za-z]+");

    private final TermsService terms;
    private final TaskRunner tasks;
    private final List<TermsDocument> known;
    private final Consumer<AddResult> stored;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty documentId = new SimpleStringProperty("");
    private final StringProperty effectiveOn = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty provider = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty sourceUrl = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<AddResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private final BooleanBinding existingDocument;

    AddVersionViewModel(TermsService terms, TaskRunner tasks, List<TermsDocument> known, Consumer<AddResult> stored) {
        this.terms = terms;
        this.tasks = tasks;
        this.known = List.copyOf(known);
        this.stored = stored;
        file.addListener((o, a, f) -> suggestFromFileName(f));
        problem = Bindings.createStringBinding(this::describeProblem, file, documentId, effectiveOn);
        existingDocument = Bindings.createBooleanBinding(() -> existing().isPresent(), documentId);
    }

    /**
     * A file named {@code document-id@YYYY-MM-DD.ext} fills in the id and date when they are still empty, and
     * the provider when the id starts with a known one ({@code openai-…}).
     */
    private void suggestFromFileName(Path f) {
        if (f == null || f.getFileName() == null) {
            return;
        }
        Matcher m = VERSION_FILE_NAME.matcher(f.getFileName().toString());
        if (m.matches()) {
            if (documentId.get().isBlank()) {
                documentId.set(m.group(1));
            }
            if (effectiveOn.get().isBlank()) {
                effectiveOn.set(m.group(2));
            }
            String firstWord = m.group(1).split("-")[0];
            if (provider.get().isBlank() && ProviderGroup.isKnownProvider(firstWord)) {
                provider.set(firstWord);
            }
        }
    }

    private Optional<TermsDocument> existing() {
        String id = documentId.get() == null ? "" : documentId.get().strip();
        return known.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** What stops the form from being stored, as a sentence; "" when it can be stored. */
    private String describeProblem() {
        Path f = file.get();
        if (f == null) {
            return "Choose a file (.txt, .md, .html or .pdf).";
        }
        if (!TermsTextExtractor.isSupported(f)) {
            return f.getFileName() + " is not a .txt, .md, .html or .pdf file.";
        }
        String id = documentId.get() == null ? "" : documentId.get().strip();
        if (id.isEmpty()) {
            return "Enter the document id: an existing one to add a version, or a new one for your own document.";
        }
        if (!TermsRef.isValidDocumentId(id)) {
            return "'" + id + "' is not a document id: use lower-case letters, digits, '-' and '.'.";
        }
        Optional<LocalDate> date = parsedDate();
        if (date.isEmpty()) {
            return "Enter the version's effective date as YYYY-MM-DD.";
        }
        LocalDate today = terms.today();
        if (!TermsDates.plausible(date.get(), today)) {
            return date.get() + " is not a plausible date for a terms version: use a date from "
                    + TermsDates.range(today) + ".";
        }
        return "";
    }

    private Optional<LocalDate> parsedDate() {
        try {
            return Optional.of(LocalDate.parse(effectiveOn.get() == null ? "" : effectiveOn.get().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads, detects and stores the version in the background; afterwards {@link #resultProperty()} holds what was found. */
    public void store() {
        if (!problem.get().isEmpty() || busy.get()) {
            return;
        }
        Path f = file.get();
        // Title, provider, channel and address describe a new document; an existing one keeps its own.
        boolean isNew = !existingDocument.get();
        AddRequest request = new AddRequest(f, documentId.get().strip(), parsedDate().orElseThrow(),
                isNew ? title.get() : "", isNew ? provider.get() : "", isNew ? channel.get() : null,
                isNew ? sourceUrl.get() : "");
        busy.set(true);
        error.set("");
        tasks.run("Reading " + f.getFileName(), monitor -> terms.addVersion(request), added -> {
            busy.set(false);
            result.set(added);
            stored.accept(added);
        }, failure -> {
            busy.set(false);
            error.set(nameTheFile(f, failure));
        });
    }

    /** Every error names the file it is about, whether or not the service's message already does. */
    private static String nameTheFile(Path f, Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
        return (message.contains(name) ? "" : name + ": ") + message + " Nothing was stored.";
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty documentIdProperty() {
        return documentId;
    }

    /** The effective date as typed, {@code YYYY-MM-DD}. */
    public StringProperty effectiveOnProperty() {
        return effectiveOn;
    }

    /** Title, provider, channel and source address apply to a new document of the user's own. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    /** True when the id names a document that exists, so only a version is added. */
    public BooleanBinding existingDocumentBinding() {
        return existingDocument;
    }

    /** "Adds a version to OpenAI Terms of Use" or "Creates your own document …". */
    public String targetDescription() {
        return existing().map(d -> "Adds a version to " + d.title() + " (" + d.id() + ").")
                .orElse("Creates a document of your own; give it a title, provider and channel.");
    }

    public StringBinding problemBinding() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What was stored and detected; null until stored. */
    public ReadOnlyObjectProperty<AddResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the file could not be stored, naming the file; "" when there was no error. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
