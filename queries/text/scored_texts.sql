-- Where the program puts the scores of one refresh before they replace the stored ones.
CREATE OR REPLACE TEMP TABLE scored_texts (
    source VARCHAR, id VARCHAR, text_hash UBIGINT, score DOUBLE, label VARCHAR, language VARCHAR, model VARCHAR
);
