-- A newly trained sentiment model's row (docs/voc.md, "Learnt model"); returns its id.
INSERT INTO text_models (model_id, trained_at, positive_n, negative_n, folds, seed, l2, feature_set, learnt_auc,
                         lexicon_auc, in_use, bias)
SELECT coalesce(max(model_id), 0) + 1, now(), $positive_n, $negative_n, $folds, $seed, $l2, $feature_set, $learnt_auc,
       $lexicon_auc, false, $bias
FROM text_models
RETURNING model_id;
