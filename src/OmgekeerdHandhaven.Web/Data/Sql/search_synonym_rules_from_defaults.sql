-- version 1
CREATE OR REPLACE FUNCTION public.search_synonym_rules_from_defaults()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN PERFORM refresh_search_synonym_rules(NULL); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER search_synonym_rules_refresh AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.search_default_synonyms FOR EACH STATEMENT EXECUTE FUNCTION search_synonym_rules_from_defaults();
