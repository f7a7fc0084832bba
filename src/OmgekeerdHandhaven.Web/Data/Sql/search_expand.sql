-- version 2
CREATE OR REPLACE FUNCTION public.search_expand(body text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$
DECLARE
    words text[];
BEGIN
    words := ARRAY(SELECT DISTINCT w FROM regexp_split_to_table(lower(unaccent(body)), '[^a-z]+') w WHERE length(w) BETWEEN 3 AND 40);
    INSERT INTO search_compounds (word, parts, bases)
    SELECT w, search_split(w), search_bases(w) FROM unnest(words) w
    WHERE NOT EXISTS (SELECT 1 FROM search_compounds c WHERE c.word = w)
    ON CONFLICT (word) DO NOTHING;
    RETURN body || coalesce(' ' || (
        SELECT string_agg(concat_ws(' ', array_to_string(c.parts, ' '), array_to_string(c.bases, ' ')), ' ')
        FROM search_compounds c WHERE c.word = ANY (words) AND (c.parts IS NOT NULL OR c.bases <> '{}')), '');
END $function$;
