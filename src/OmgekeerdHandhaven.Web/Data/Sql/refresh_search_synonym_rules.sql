-- version 1
CREATE OR REPLACE FUNCTION public.refresh_search_synonym_rules(gemeente uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM pg_advisory_xact_lock(727275, hashtext(coalesce(gemeente::text, 'standaard')));
    DELETE FROM search_synonym_rules r WHERE r.municipality_id IS NOT DISTINCT FROM gemeente;
    INSERT INTO search_synonym_rules SELECT * FROM search_synonym_rules_source r WHERE r.municipality_id IS NOT DISTINCT FROM gemeente;
END $function$;
