-- version 1
CREATE OR REPLACE FUNCTION public.search_parts(w text)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE STRICT
AS $function$
DECLARE
    found_parts text[];
BEGIN
    SELECT parts INTO found_parts FROM search_compounds WHERE word = w;
    IF FOUND THEN
        RETURN found_parts;
    END IF;
    RETURN search_split(w);
END $function$;
