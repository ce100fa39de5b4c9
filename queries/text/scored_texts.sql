-- Where the program puts the scores and terms of one refresh before they replace the stored ones. terms: one line per
-- term of the text, in order, its kind, term and written form separated by tabs (TextSentiments.Lines).
CREATE OR REPLACE TEMP TABLE scored_texts (
    source VARCHAR, id VARCHAR, text_hash UBIGINT, score DOUBLE, label VARCHAR, language VARCHAR, model VARCHAR, terms VARCHAR
);
