-- The learnt sentiment model that scores the texts, if any (docs/voc.md, "Learnt model"): one made with the program's
-- feature set.
SELECT model_id, trained_at, positive_n, negative_n, folds, seed, l2, feature_set, learnt_auc, lexicon_auc, in_use, bias
FROM text_models
WHERE in_use AND feature_set = $feature_set;
