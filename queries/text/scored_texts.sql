-- Where the program puts the scores and terms of one refresh before they replace the stored ones. terms: one line per
-- term of the text, in order, its kind, term and written form separated by tabs (TextSentiments.Lines).
CREATE OR REPLACE TEMP TABLE scored_texts (
    source VARCHAR, id VARCHAR, text_hash UBIGINT, score DOUBLE, label VARCHAR, language VARCHAR, model VARCHAR, terms VARCHAR
);

-- term_lines(terms): a scored text's terms (the tab-separated lines of scored_texts.terms) as the stored list of
-- structs, in order.
CREATE OR REPLACE TEMP MACRO term_lines(terms) AS
    list_transform(list_filter(string_split(terms, chr(10)), line -> line <> ''),
                   line -> {'kind': split_part(line, chr(9), 1), 'term': split_part(line, chr(9), 2),
                            'written': split_part(line, chr(9), 3)});
