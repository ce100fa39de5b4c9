-- The weights of a learnt sentiment model, by hashed feature slot.
SELECT slot, weight FROM text_model_weights WHERE model_id = $model_id;
