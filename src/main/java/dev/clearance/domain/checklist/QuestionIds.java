package dev.clearance.domain.checklist;

/**
 * The checklist questions whose reviewer answers the risk rules read. The shipped checklist
 * ({@code assets/checklist/checklist.json}) must contain each of them; its loader test checks that.
 */
public final class QuestionIds {
    /** Does the model compete with the provider's products? yes / no / unsure. */
    public static final String COMPETES = "competition.competes";
    /** Was the model fine-tuned only through the provider's own fine-tuning service? yes / no / unsure. */
    public static final String PROVIDER_FINE_TUNING = "exceptions.provider-fine-tuning";
    /** Is the model kept internal, classifying or embedding data, never offered to third parties? yes / no / unsure. */
    public static final String UNDISTRIBUTED_CLASSIFIER = "exceptions.undistributed-classifier";
    /** Does the project hold the provider's prior written authorization for this use? yes / no / unsure. */
    public static final String WRITTEN_AUTHORIZATION = "acceptance.written-authorization";
    /** Is the model being improved one the licence exempts (e.g. a Llama 2 derivative)? yes / no / unsure. */
    public static final String SAME_FAMILY_MODEL = "restriction.same-family-model";
    /** Will a model trained on the outputs be distributed or made available to others? yes / no / unsure. */
    public static final String MODEL_DISTRIBUTED = "conditions.model-distributed";
    /** Is the project's use research-only and non-commercial? yes / no / unsure. */
    public static final String NON_COMMERCIAL_USE = "non-commercial.research-only";
    /** Did the project receive the dataset from someone else rather than generate it? choice. */
    public static final String DOWNSTREAM_POSITION = "downstream.position";
    /** Choice value of {@link #DOWNSTREAM_POSITION}: the dataset came from a third party. */
    public static final String RECEIVED_FROM_THIRD_PARTY = "received-from-third-party";

    /** Does a separately negotiated agreement replace or amend the online terms? yes / no / unsure. */
    public static final String NEGOTIATED_AGREEMENT = "terms.negotiated";
    /** Will the model be placed on the EU market as a general-purpose AI model? yes / no / unsure. */
    public static final String EU_GENERAL_PURPOSE_MODEL = "regulatory.eu-gpai";
    /** The reviewer's own rating of the dataset: a risk level id. */
    public static final String CONCLUSION_RISK = "conclusion.risk";
    /** What the team will do about the risk: text. */
    public static final String CONCLUSION_REMEDIATION = "conclusion.remediation";

    private QuestionIds() {
    }
}
