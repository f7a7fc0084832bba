-- version 2
CREATE OR REPLACE FUNCTION public.search_split(w text)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
DECLARE
    top text[] := search_segments(w);
    part text;
    inner_parts text[];
    leaves text[] := '{}';
    result text[] := '{}';
    i int;
BEGIN
    IF top IS NULL THEN
        RETURN NULL;
    END IF;
    -- The parts, the parts of long parts (in order: the leaves), and neighbouring leaves that make a word
    -- ("jeugdhulp verlener" gives "jeugd", "hulp" and "hulpverlener" too).
    FOREACH part IN ARRAY top LOOP
        inner_parts := search_segments(part);
        result := result || part;
        IF inner_parts IS NULL THEN
            leaves := leaves || part;
        ELSE
            leaves := leaves || inner_parts;
            result := result || search_split(part);
        END IF;
    END LOOP;
    FOR i IN 1 .. array_length(leaves, 1) - 1 LOOP
        IF leaves[i] || leaves[i + 1] <> w AND EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = leaves[i] || leaves[i + 1] AND l.usable) THEN
            result := result || (leaves[i] || leaves[i + 1]);
        END IF;
    END LOOP;
    RETURN ARRAY(SELECT DISTINCT x FROM unnest(result) x ORDER BY 1);
END $function$;
