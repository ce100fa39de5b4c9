-- The learnt sentiment models (docs/voc.md, "Learnt model"): one row per model `analytics text train` fitted to the
-- labelled survey comments, with its figures and whether it scores the texts now; the weights of the newest model in
-- text_model_weights (an older model's row stays as history, its weights go).

CREATE TABLE text_models (
    model_id     INTEGER NOT NULL PRIMARY KEY,
    trained_at   TIMESTAMPTZ NOT NULL,
    positive_n   INTEGER NOT NULL,
    negative_n   INTEGER NOT NULL,
    folds        INTEGER NOT NULL,
    seed         INTEGER NOT NULL,
    l2           DOUBLE NOT NULL,
    feature_set  VARCHAR NOT NULL,
    learnt_auc   DOUBLE,
    lexicon_auc  DOUBLE,
    in_use       BOOLEAN NOT NULL,
    bias         DOUBLE NOT NULL
);
COMMENT ON TABLE text_models IS 'Learnt sentiment models, one row per training (docs/voc.md); the one in use scores ticket_sentiments and comment_sentiments as learnt:<model_id>.';
COMMENT ON COLUMN text_models.model_id IS 'The model: its texts carry the model name learnt:<model_id>.';
COMMENT ON COLUMN text_models.trained_at IS 'When it was trained.';
COMMENT ON COLUMN text_models.positive_n IS 'Positive comments it learnt from: CSAT top two boxes, NPS promoters.';
COMMENT ON COLUMN text_models.negative_n IS 'Negative comments it learnt from: CSAT bottom two boxes, NPS detractors.';
COMMENT ON COLUMN text_models.folds IS 'Folds of the stratified cross-validation that measured it.';
COMMENT ON COLUMN text_models.seed IS 'Seed of the folds.';
COMMENT ON COLUMN text_models.l2 IS 'L2 strength (lambda) of the logistic regression.';
COMMENT ON COLUMN text_models.feature_set IS 'How it reads a text (word 1-2-grams, character 3-5-grams, hashed); a model of another feature set is not used.';
COMMENT ON COLUMN text_models.learnt_auc IS 'Cross-validated AUC, negative vs positive, on the held-out comments.';
COMMENT ON COLUMN text_models.lexicon_auc IS 'AUC of the lexicon model on the same comments.';
COMMENT ON COLUMN text_models.in_use IS 'Whether it scores the texts now: it beat the lexicon (learnt_auc > lexicon_auc) and is the latest training.';
COMMENT ON COLUMN text_models.bias IS 'Intercept of the logistic regression.';

CREATE TABLE text_model_weights (
    model_id  INTEGER NOT NULL,
    slot      INTEGER NOT NULL,
    weight    DOUBLE NOT NULL
);
COMMENT ON TABLE text_model_weights IS 'Weights of the newest learnt sentiment model (text_models), one per hashed feature slot seen in training.';
COMMENT ON COLUMN text_model_weights.model_id IS 'The model (text_models.model_id).';
COMMENT ON COLUMN text_model_weights.slot IS 'Hashed feature slot (docs/voc.md, "Learnt model").';
COMMENT ON COLUMN text_model_weights.weight IS 'Its weight in the logistic regression.';

COMMENT ON COLUMN ticket_sentiments.model IS 'The model that scored it: lexicon, or learnt:<model_id> (text_models).';
COMMENT ON COLUMN comment_sentiments.model IS 'The model that scored it: lexicon, or learnt:<model_id> (text_models).';
