-- Where the program puts the scores and terms of one refresh before they replace the stored ones: one row per text,
-- and one row per term of a text (position: its order in the text, from 0).
CREATE OR REPLACE TEMP TABLE scored_texts (
    source VARCHAR, id VARCHAR, text_hash UBIGINT, score DOUBLE, label VARCHAR, language VARCHAR, model VARCHAR
);
CREATE OR REPLACE TEMP TABLE scored_terms (
    source VARCHAR, id VARCHAR, position INTEGER, kind VARCHAR, term VARCHAR, written VARCHAR
);
