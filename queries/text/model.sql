-- One learnt sentiment model's row (docs/voc.md, "Learnt model").
SELECT model_id, trained_at, positive_n, negative_n, folds, seed, l2, feature_set, learnt_auc, lexicon_auc, in_use, bias
FROM text_models
WHERE model_id = $model_id;
