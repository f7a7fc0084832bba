-- version 1
CREATE OR REPLACE FUNCTION public.dilemma_tsquery(municipality uuid, search text)
 RETURNS tsquery
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE
AS $function$
DECLARE
    q tsquery := websearch_to_tsquery('dutch_unaccent', search);
    r record;
BEGIN
    IF numnode(q) = 0 THEN
        RETURN q;
    END IF;
FOR r IN SELECT s.target, s.placeholder FROM search_synonym_rules s
         WHERE (s.municipality_id IS NULL OR s.municipality_id = municipality) AND q @> s.target LOOP
    q := ts_rewrite(q, r.target, r.placeholder);
END LOOP;
FOR r IN SELECT DISTINCT s.placeholder, s.substitute FROM search_synonym_rules s
         WHERE (s.municipality_id IS NULL OR s.municipality_id = municipality) AND q @> s.placeholder LOOP
    q := ts_rewrite(q, r.placeholder, r.substitute);
END LOOP;
    FOR r IN
        SELECT w, search_parts(w) AS parts
        FROM (SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(search)), '[^a-z]+') w WHERE length(w) BETWEEN 7 AND 40) words
    LOOP
        IF r.parts IS NOT NULL THEN
            q := ts_rewrite(q, plainto_tsquery('dutch_unaccent', r.w),
                plainto_tsquery('dutch_unaccent', r.w) || plainto_tsquery('dutch_unaccent', array_to_string(r.parts, ' ')));
        END IF;
    END LOOP;
    RETURN q;
END $function$;
