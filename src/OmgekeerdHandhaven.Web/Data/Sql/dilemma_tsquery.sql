-- version 3
CREATE OR REPLACE FUNCTION public.dilemma_tsquery(municipality uuid, search text)
 RETURNS tsquery
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE
AS $function$
DECLARE
    q tsquery := websearch_to_tsquery('dutch_unaccent', search);
    lexemes text[];
    found tsquery[] := '{}';
    r record;
    widened tsquery;
BEGIN
    IF numnode(q) = 0 THEN
        RETURN q;
    END IF;
    -- Only the rules whose target begins with one of the query's lexemes are tried (an index on
    -- search_synonym_rules.lexeme), not every rule of the thesaurus. A term in several groups (a two-way one and a
    -- one-way "schulden > gokschuld, …") takes all of them.
    lexemes := ARRAY(SELECT m[1] FROM regexp_matches(q::text, '''((?:[^'']|'''')+)''', 'g') m);
    FOR r IN SELECT s.target, string_agg(DISTINCT s.placeholder::text, ' | ')::tsquery AS placeholders, array_agg(DISTINCT s.placeholder) AS list
             FROM search_synonym_rules s
             WHERE s.lexeme = ANY (lexemes) AND (s.municipality_id IS NULL OR s.municipality_id = municipality) AND q @> s.target GROUP BY s.target LOOP
        q := ts_rewrite(q, r.target, r.placeholders);
        found := found || r.list;
    END LOOP;
    FOR r IN SELECT DISTINCT s.placeholder, s.substitute FROM search_synonym_rules s
             WHERE s.placeholder = ANY (found) AND (s.municipality_id IS NULL OR s.municipality_id = municipality) LOOP
        q := ts_rewrite(q, r.placeholder, r.substitute);
    END LOOP;
    -- Each word also finds its compound parts written apart (all of them) and the words it derives from or with
    -- (any of them): "huurachterstand" finds "achterstand in de huur", "verslaafd" finds "verslaving".
    FOR r IN
        SELECT words.w,
               CASE WHEN c.word IS NULL THEN search_split(words.w) ELSE c.parts END AS parts,
               CASE WHEN c.word IS NULL THEN search_bases(words.w) ELSE c.bases END AS bases
        FROM (SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(search)), '[^a-z]+') w WHERE length(w) BETWEEN 3 AND 40) words
        LEFT JOIN search_compounds c ON c.word = words.w
    LOOP
        CONTINUE WHEN numnode(plainto_tsquery('dutch_unaccent', r.w)) = 0;
        widened := plainto_tsquery('dutch_unaccent', r.w);
        IF r.parts IS NOT NULL THEN
            -- All the smallest parts: "jeugdhulpverlener" is found by "hulpverlener voor de jeugd" too.
            widened := widened || plainto_tsquery('dutch_unaccent', array_to_string(ARRAY(
                SELECT p FROM unnest(r.parts) p WHERE NOT EXISTS (SELECT 1 FROM unnest(r.parts) o WHERE o <> p AND strpos(p, o) > 0)), ' '));
        END IF;
        IF r.bases <> '{}' THEN
            widened := widened || to_tsquery('dutch_unaccent', array_to_string(r.bases, ' | '));
        END IF;
        q := ts_rewrite(q, plainto_tsquery('dutch_unaccent', r.w), widened);
    END LOOP;
    RETURN q;
END $function$;
