-- After a training, the new model is the one in use when it beat the lexicon ($in_use), else none is and the lexicon
-- scores (docs/voc.md, "Learnt model").
UPDATE text_models SET in_use = (model_id = $model_id AND $in_use);
