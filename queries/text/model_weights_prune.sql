-- Only the newest learnt model keeps its weights; the rows of the older ones stay as history (docs/voc.md).
DELETE FROM text_model_weights WHERE model_id <> $model_id;
